import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphData } from '../../src/domain/graph.js';
import type { GraphStore } from '../../src/domain/store.js';
import { runPipeline } from '../../src/pipeline/index.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { describeWithNeo4j, openNeo4jStore } from '../setup/neo4j.js';

/** The real seed graph through both stores: every answer the API relies on must be the same. */
describeWithNeo4j('Neo4j and embedded stores on the seed graph', (target) => {
  let graph: GraphData;
  let neo4j: GraphStore;
  let embedded: GraphStore;
  beforeAll(async () => {
    graph = (await runPipeline(['seeds'])).graph;
    embedded = createEmbeddedStore(graph);
    neo4j = await openNeo4jStore(target);
    await neo4j.clear();
    await neo4j.load(graph);
  });
  afterAll(async () => neo4j?.close());

  it('builds a seed graph worth comparing', () => {
    expect(graph.nodes.length).toBeGreaterThan(100);
    expect(graph.edges.length).toBeGreaterThan(300);
  });

  it('counts the same', async () => {
    expect(await neo4j.counts()).toEqual(await embedded.counts());
  });

  it('lists the same nodes with the same attributes', async () => {
    expect(await neo4j.listNodes()).toEqual(await embedded.listNodes());
    expect(await neo4j.listNodes(['Person', 'Agreement'])).toEqual(await embedded.listNodes(['Person', 'Agreement']));
  });

  it('gives every node the same edges in each direction', async () => {
    for (const { id } of graph.nodes) {
      expect(await neo4j.edgesOf(id), id).toEqual(await embedded.edgesOf(id));
      expect(await neo4j.edgesOf(id, { direction: 'out', types: ['MET', 'HOLDS_POSITION'] }), id).toEqual(
        await embedded.edgesOf(id, { direction: 'out', types: ['MET', 'HOLDS_POSITION'] }),
      );
    }
  }, 300_000);

  it('returns every edge by id the same', async () => {
    for (const { id } of graph.edges) expect(await neo4j.getEdge(id), id).toEqual(await embedded.getEdge(id));
  }, 300_000);

  it('finds the same shortest paths between officials', async () => {
    const people = graph.nodes.filter((n) => n.attributes.label === 'Person').slice(0, 12).map((n) => n.id);
    let found = 0;
    for (const from of people) {
      for (const to of people) {
        if (from >= to) continue;
        const query = { maxDepth: 4, limit: 5 };
        const expected = await embedded.shortestPaths(from, to, query);
        found += expected.length;
        expect(await neo4j.shortestPaths(from, to, query), `${from} -> ${to}`).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(0);
  }, 300_000);
});
