export { createNeo4jStore, type Neo4jStoreOptions } from './neo4j-store.js';
export { MAX_PATH_DEPTH } from './statements.js';
export { graphChecksum, graphChecksumAt, type GraphChecksum } from './graph-checksum.js';
export { loadGraph, type LoadOptions, type LoadStats } from './load-graph.js';
