import { describeGraphStoreContract } from '../contract/graph-store.contract.js';
import { describeWithNeo4j, openNeo4jStore } from '../setup/neo4j.js';

describeWithNeo4j('Neo4j store', (target) => {
  describeGraphStoreContract('neo4j', () => openNeo4jStore(target));
});
