import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphStore } from '../../src/domain/store.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { fixtureGraph } from '../contract/fixture-graph.js';
import { describeWithNeo4j, neo4jConfig } from '../setup/neo4j.js';

/**
 * A neo4j:// URI makes the driver ask the server for a routing table and send reads to its
 * readers; a single server routes to itself. Everything the API reads must work that way.
 */
describeWithNeo4j('the Neo4j store through a neo4j:// (routing) URI', (target) => {
  let store: GraphStore;
  beforeAll(async () => {
    const uri = target.uri.replace(/^bolt:/, 'neo4j:');
    expect(uri.startsWith('neo4j://')).toBe(true);
    store = await createNeo4jStore(neo4jConfig(target, { uri }));
    await store.clear();
    await store.load(fixtureGraph);
  });
  afterAll(async () => store?.close());

  it('loads, counts and reads nodes and edges', async () => {
    const counts = await store.counts();
    expect(Object.values(counts.nodesByLabel).reduce((a, b) => a + b, 0)).toBe(fixtureGraph.nodes.length);
    const [first] = fixtureGraph.edges;
    expect(await store.getEdge(first!.id)).toEqual(first);
    expect(await store.getNodes(fixtureGraph.nodes.map((n) => n.id))).toHaveLength(fixtureGraph.nodes.length);
  });

  it('answers a neighbourhood, paths and read-only Cypher in READ transactions', async () => {
    const [edge] = fixtureGraph.edges.filter((e) => e.attributes.type !== 'MENTIONS');
    const around = await store.neighbourhood!(edge!.source, { depth: 1, limit: 100 });
    expect(around?.nodes.map((n) => n.id)).toContain(edge!.target);
    const found = await store.connection!(edge!.source, edge!.target, { maxDepth: 3, limit: 5 });
    expect(found?.paths.length).toBeGreaterThan(0);
    expect(await store.shortestPaths(edge!.source, edge!.target, { maxDepth: 3, limit: 5 })).toEqual(found?.paths);
    const rows = await store.cypher('MATCH (n:Node) RETURN count(n) AS n', {}, { timeoutMs: 10_000, rowLimit: 10 });
    expect(rows.rows).toEqual([[fixtureGraph.nodes.length]]);
  });
});
