import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphData } from '../../src/domain/graph.js';
import type { GraphStore } from '../../src/domain/store.js';
import { connection, neighbourhood } from '../../src/query/index.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { describeWithNeo4j, openNeo4jStore } from '../setup/neo4j.js';
import { seedSample } from './support/seed-sample.js';
import { scaledSeedGraph } from './support/scaled-seeds.js';

/**
 * Neo4j's one-statement neighbourhood and path against the embedded store's walk, on a graph with
 * real hubs (three copies of the seeds): the same elements, cut at the same nodes; and where its
 * edges lead (linkedIds) and its nodes and edges as drawn (drawnNodes, drawnEdgesOf) against the
 * embedded store's edgesOf and getNodes.
 */
describeWithNeo4j('one-statement neighbourhood and path on Neo4j, against the embedded walk', (target) => {
  let graph: GraphData;
  let neo4j: GraphStore;
  let embedded: GraphStore;
  beforeAll(async () => {
    graph = await scaledSeedGraph(3);
    neo4j = await openNeo4jStore(target);
    await neo4j.clear();
    await neo4j.load(graph);
    embedded = createEmbeddedStore(graph);
  });
  afterAll(async () => neo4j?.close());

  it('answers every neighbourhood of the hubs the same, at each depth, cut and date filter', async () => {
    expect(neo4j.neighbourhood).toBeDefined();
    const sample = seedSample(graph);
    const middle = sample.middleDate();
    let truncated = 0;
    for (const { id } of sample.hubs(6)) {
      for (const depth of [1, 2, 3]) {
        for (const options of [{ limit: 7 }, { limit: 60 }, { limit: 2000 }, { limit: 40, from: middle }, { limit: 40, labels: ['Person' as const] }]) {
          const asked = { depth, ...options };
          const expected = await neighbourhood(embedded, id, asked);
          truncated += expected.truncated ? 1 : 0;
          expect(await neighbourhood(neo4j, id, asked), `${id} ${JSON.stringify(asked)}`).toEqual(expected);
        }
      }
    }
    expect(truncated).toBeGreaterThan(0);
  }, 300_000);

  it('gives where each of a node\'s edges leads as edgesOf does, in every direction and type set', async () => {
    expect(neo4j.linkedIds).toBeDefined();
    const sample = seedSample(graph);
    const nodes = [...sample.hubs(4), ...sample.of('Person').slice(0, 4), ...sample.of('Event').slice(0, 2)].map((n) => n.id);
    const queries = [{}, { types: ['ATTENDED' as const], direction: 'out' as const }, { types: ['MET' as const] }, { direction: 'in' as const }, { types: ['MENTIONS' as const, 'MET' as const], direction: 'both' as const }, { types: [] }];
    let reached = 0;
    for (const id of [...nodes, 'person:nobody-at-all']) {
      for (const query of queries) {
        const expected = (await embedded.edgesOf(id, query)).map((edge) => (edge.source === id ? edge.target : edge.source));
        reached += expected.length;
        expect(await neo4j.linkedIds!(id, query), `${id} ${JSON.stringify(query)}`).toEqual(expected);
      }
    }
    expect(reached).toBeGreaterThan(0);
  });

  it('draws nodes as getNodes reads them but for text, sources and document ids, which it counts where a node has them', async () => {
    expect(neo4j.drawnNodes).toBeDefined();
    const sample = seedSample(graph);
    const ids = [...sample.hubs(3), ...sample.of('Document').slice(0, 3), ...sample.of('Person').slice(0, 3)].map((n) => n.id);
    const asked = [...ids, ids[0]!, 'person:nobody-at-all'];
    const expected = (await embedded.getNodes(asked)).map(({ id, attributes: { text: _text, sources: _sources, docIds, ...shown } }) => ({ id, attributes: shown, ...(docIds ? { docCount: docIds.length } : {}) }));
    expect(expected.some((node) => (node.docCount ?? 0) > 1)).toBe(true);
    expect(await neo4j.drawnNodes!(asked)).toEqual(expected);
  });

  it('draws every edge of a node as edgesOf reads it but for evidence and document ids, left empty', async () => {
    expect(neo4j.drawnEdgesOf).toBeDefined();
    const sample = seedSample(graph);
    for (const id of [...sample.hubs(3), ...sample.of('Person').slice(0, 3)].map((n) => n.id)) {
      const expected = (await embedded.edgesOf(id)).map((edge) => ({ ...edge, attributes: { ...edge.attributes, evidence: [], docIds: [] } }));
      expect(expected.length).toBeGreaterThan(0);
      expect(await neo4j.drawnEdgesOf!(id), id).toEqual(expected);
    }
    expect(await neo4j.drawnEdgesOf!('person:nobody-at-all')).toEqual([]);
  });

  it('answers paths between officials and hubs the same', async () => {
    const sample = seedSample(graph);
    const people = sample.of('Person').slice(0, 6).map((n) => n.id);
    const hubs = sample.hubs(4).map((n) => n.id);
    for (const from of people) {
      for (const to of [...hubs, from]) {
        const asked = { maxDepth: 4, limit: 5 };
        expect(await connection(neo4j, from, to, asked), `${from} -> ${to}`).toEqual(await connection(embedded, from, to, asked));
      }
    }
  }, 300_000);
});
