/**
 * A loader to be killed: loads `copies` copies of the seeds into the Neo4j at `uri` in small
 * batches, printing LOADING when it starts writing. Run with tsx by the kill -9 convergence test.
 */
import { createNeo4jStore } from '../../../src/store/neo4j/index.js';
import { scaledSeedGraph } from './scaled-seeds.js';

const [uri, copies] = process.argv.slice(2);
const graph = await scaledSeedGraph(Number(copies));
const store = await createNeo4jStore({ uri: uri!, user: 'neo4j', password: '', database: 'neo4j' }, { batchSize: 200 });
console.log('LOADING');
await store.load(graph);
console.log('LOADED');
await store.close();
