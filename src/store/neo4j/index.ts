export { createNeo4jStore, type Neo4jStoreOptions } from './neo4j-store.js';
export { MAX_PATH_DEPTH } from './statements.js';
