import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeRecord } from '../../src/domain/graph.js';
import type { Direction, GraphStore } from '../../src/domain/store.js';
import { edgeKey } from '../../src/domain/keys.js';
import { fixtureEdge, fixtureEdges, fixtureGraph, fixtureNode, fixtureNodes, ids, laterGraph } from './fixture-graph.js';

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function tally(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of [...keys].sort(byCodeUnit)) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

const fixtureCounts = {
  nodesByLabel: tally(fixtureNodes.map((n) => n.attributes.label)),
  edgesByType: tally(fixtureEdges.map((e) => e.attributes.type)),
};

function touching(id: string, direction: Direction): EdgeRecord[] {
  return fixtureEdges.filter(
    (e) => (direction !== 'in' && e.source === id) || (direction !== 'out' && e.target === id),
  );
}

const hp = (person: string, qualifier: string) => edgeKey('HOLDS_POSITION', person, ids.motir, qualifier);

/**
 * One suite of GraphStore behaviours, run against every backend (tests/contract/*.contract.test.ts
 * and tests/integration/neo4j.contract.int.test.ts). `makeStore` gives a connected store; the
 * suite clears it first. Backend differences are capabilities, asserted both ways.
 */
export function describeGraphStoreContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    describe('reading a loaded graph', () => {
      let store: GraphStore;
      beforeAll(async () => {
        store = await makeStore();
        await store.clear();
        await store.load(fixtureGraph);
      });
      afterAll(async () => store?.close());

      it('counts nodes by label and edges by type, leaving out absent ones', async () => {
        expect(await store.counts()).toEqual(fixtureCounts);
      });

      it.each(fixtureNodes.map((n) => [n.id]))('returns node %s exactly as loaded', async (id) => {
        expect(await store.getNode(id)).toEqual(fixtureNode(id));
      });

      it('answers null for a node that does not exist', async () => {
        expect(await store.getNode('person:nobody')).toBeNull();
      });

      it('returns several nodes once each, sorted by id, skipping unknown ids', async () => {
        const found = await store.getNodes([ids.yeo, 'person:nobody', ids.kim, ids.yeo]);
        expect(found).toEqual([fixtureNode(ids.kim), fixtureNode(ids.yeo)]);
      });

      it('lists every node sorted by id', async () => {
        expect(await store.listNodes()).toEqual(fixtureNodes);
      });

      it('lists only the nodes of the labels asked for', async () => {
        const wanted = fixtureNodes.filter((n) => n.attributes.label === 'Country' || n.attributes.label === 'Event');
        expect(await store.listNodes(['Event', 'Country'])).toEqual(wanted);
      });

      it.each(fixtureEdges.map((e) => [e.id]))('returns edge %s with its evidence exactly as loaded', async (id) => {
        expect(await store.getEdge(id)).toEqual(fixtureEdge(id));
      });

      it('answers null for an edge that does not exist', async () => {
        expect(await store.getEdge('MET:person:a->person:b')).toBeNull();
      });

      it.each<[string, Direction]>([
        [ids.kim, 'out'],
        [ids.kim, 'in'],
        [ids.kim, 'both'],
        [ids.motir, 'in'],
        [ids.talks, 'both'],
      ])('lists the edges of %s in direction %s, sorted by id', async (id, direction) => {
        expect(await store.edgesOf(id, { direction })).toEqual(touching(id, direction));
      });

      it('treats a missing direction as both', async () => {
        expect(await store.edgesOf(ids.fta)).toEqual(touching(ids.fta, 'both'));
      });

      it('keeps only the relationship types asked for', async () => {
        const expected = touching(ids.kim, 'both').filter((e) => e.attributes.type === 'MENTIONS' || e.attributes.type === 'MET');
        expect(await store.edgesOf(ids.kim, { types: ['MET', 'MENTIONS'] })).toEqual(expected);
      });

      it('lists no edges for an unknown node', async () => {
        expect(await store.edgesOf('person:nobody')).toEqual([]);
      });

      it('finds every shortest path, parallel edges as distinct paths, ordered by node then edge ids', async () => {
        const paths = await store.shortestPaths(ids.yeo, ids.kim, { maxDepth: 4, limit: 10 });
        expect(paths).toEqual([
          { nodes: [ids.yeo, ids.motir, ids.kim], edges: [hp(ids.yeo, 'deputy'), hp(ids.kim, 'minister')] },
          { nodes: [ids.yeo, ids.motir, ids.kim], edges: [hp(ids.yeo, 'trade-minister'), hp(ids.kim, 'minister')] },
        ]);
      });

      it('orders paths through different nodes by their node-id sequence', async () => {
        const paths = await store.shortestPaths(ids.kim, ids.gb, { maxDepth: 3, limit: 10 });
        expect(paths).toEqual([
          { nodes: [ids.kim, ids.fta, ids.gb], edges: [edgeKey('SIGNED', ids.kim, ids.fta), edgeKey('PARTY_TO', ids.gb, ids.fta)] },
          { nodes: [ids.kim, ids.reynolds, ids.gb], edges: [edgeKey('MET', ids.reynolds, ids.kim), edgeKey('REPRESENTS', ids.reynolds, ids.gb)] },
        ]);
      });

      it('stops at the limit, keeping the first paths in order', async () => {
        const paths = await store.shortestPaths(ids.yeo, ids.kim, { maxDepth: 4, limit: 1 });
        expect(paths).toEqual([{ nodes: [ids.yeo, ids.motir, ids.kim], edges: [hp(ids.yeo, 'deputy'), hp(ids.kim, 'minister')] }]);
      });

      it('finds no path longer than maxDepth', async () => {
        expect(await store.shortestPaths(ids.yeo, ids.kim, { maxDepth: 1, limit: 10 })).toEqual([]);
      });

      it('walks only the relationship types asked for', async () => {
        const paths = await store.shortestPaths(ids.kim, ids.gb, { types: ['MET', 'REPRESENTS'], maxDepth: 3, limit: 10 });
        expect(paths).toEqual([
          { nodes: [ids.kim, ids.reynolds, ids.gb], edges: [edgeKey('MET', ids.reynolds, ids.kim), edgeKey('REPRESENTS', ids.reynolds, ids.gb)] },
        ]);
      });

      it('leaves MENTIONS out unless asked, so documents do not connect everyone', async () => {
        expect(await store.shortestPaths(ids.kim, ids.sefcovic, { maxDepth: 6, limit: 10 })).toEqual([]);
        expect(await store.shortestPaths(ids.kim, ids.sefcovic, { types: ['MENTIONS'], maxDepth: 2, limit: 10 })).toEqual([
          { nodes: [ids.kim, ids.doc2, ids.sefcovic], edges: [edgeKey('MENTIONS', ids.doc2, ids.kim), edgeKey('MENTIONS', ids.doc2, ids.sefcovic)] },
        ]);
      });

      it('answers a node to itself with the one empty path, and an unknown node with none', async () => {
        expect(await store.shortestPaths(ids.kim, ids.kim, { maxDepth: 3, limit: 5 })).toEqual([{ nodes: [ids.kim], edges: [] }]);
        expect(await store.shortestPaths(ids.kim, 'person:nobody', { maxDepth: 3, limit: 5 })).toEqual([]);
      });

      it('declares whether it runs Cypher, and either answers read-only Cypher or refuses it as not supported', async () => {
        const run = () => store.cypher('MATCH (p:Person) RETURN p.name AS name ORDER BY name', {}, { timeoutMs: 10_000, rowLimit: 100 });
        if (store.capabilities.cypher) {
          const result = await run();
          expect(result.columns).toEqual(['name']);
          expect(result.rows).toEqual(['Jonathan Reynolds', 'Kim Jung-kwan', 'Maroš Šefčovič', 'Yeo Han-koo'].map((n) => [n]));
          expect(result.truncated).toBe(false);
        } else {
          await expect(run()).rejects.toMatchObject({ name: 'NotSupportedError', code: 'CYPHER_NOT_SUPPORTED' });
        }
      });
    });

    describe('loading', () => {
      let store: GraphStore;
      beforeAll(async () => {
        store = await makeStore();
      });
      afterAll(async () => store?.close());

      it('reports every record as created on a first load', async () => {
        await store.clear();
        expect(await store.load(fixtureGraph)).toEqual({
          nodesCreated: fixtureNodes.length,
          nodesUpdated: 0,
          edgesCreated: fixtureEdges.length,
          edgesUpdated: 0,
        });
      });

      it('changes nothing when the same graph is loaded again', async () => {
        await store.clear();
        await store.load(fixtureGraph);
        const report = await store.load(fixtureGraph);
        expect(report).toEqual({ nodesCreated: 0, nodesUpdated: fixtureNodes.length, edgesCreated: 0, edgesUpdated: fixtureEdges.length });
        expect(await store.counts()).toEqual(fixtureCounts);
        expect(await store.listNodes()).toEqual(fixtureNodes);
        expect(await store.edgesOf(ids.kim)).toEqual(touching(ids.kim, 'both'));
      });

      it('adds only what is new from a later graph and unions provenance', async () => {
        await store.clear();
        await store.load(fixtureGraph);
        expect(await store.load(laterGraph)).toEqual({ nodesCreated: 1, nodesUpdated: 2, edgesCreated: 1, edgesUpdated: 1 });

        const counts = await store.counts();
        expect(counts.nodesByLabel).toEqual({ ...fixtureCounts.nodesByLabel, Document: fixtureCounts.nodesByLabel.Document! + 1 });
        expect(counts.edgesByType).toEqual({ ...fixtureCounts.edgesByType, MENTIONS: fixtureCounts.edgesByType.MENTIONS! + 1 });

        const kim = await store.getNode(ids.kim);
        expect(kim?.attributes).toEqual({
          ...fixtureNode(ids.kim).attributes,
          aliases: ['Kim', 'Minister Kim'],
          docIds: [ids.doc1, ids.doc2, ids.doc3],
          firstSeen: '2024-01-15',
          lastSeen: '2024-03-10',
        });

        const met = await store.getEdge(edgeKey('MET', ids.reynolds, ids.kim));
        const later = laterGraph.edges.find((e) => e.attributes.type === 'MET')!;
        expect(met?.attributes).toEqual({
          type: 'MET',
          eventIds: [ids.talks],
          firstDate: '2024-01-15',
          lastDate: '2024-03-10',
          docIds: [ids.doc1, ids.doc3],
          count: 2,
          evidence: later.attributes.evidence,
        });
      });

      it('refuses an edge whose endpoint is neither stored nor loaded, and stores nothing of that load', async () => {
        await store.clear();
        await store.load(fixtureGraph);
        const bad = {
          ...laterGraph,
          edges: [...laterGraph.edges, { ...fixtureEdges[0]!, id: 'MET:person:kim-jung-kwan->person:nobody', target: 'person:nobody' }],
        };
        await expect(store.load(bad)).rejects.toMatchObject({ code: 'EDGE_ENDPOINT_MISSING' });
        expect(await store.counts()).toEqual(fixtureCounts);
        expect(await store.getNode(ids.kim)).toEqual(fixtureNode(ids.kim));
      });

      it('refuses to move a stored edge id to other endpoints', async () => {
        await store.clear();
        await store.load(fixtureGraph);
        const moved = { ...fixtureEdges[0]!, source: ids.yeo };
        await expect(store.load({ ...fixtureGraph, nodes: [], edges: [moved] })).rejects.toMatchObject({ code: 'EDGE_ENDPOINTS_CHANGED' });
        expect(await store.getEdge(moved.id)).toEqual(fixtureEdges[0]);
      });

      it('clears everything', async () => {
        await store.load(fixtureGraph);
        await store.clear();
        expect(await store.counts()).toEqual({ nodesByLabel: {}, edgesByType: {} });
        expect(await store.getNode(ids.kim)).toBeNull();
        expect(await store.listNodes()).toEqual([]);
      });
    });
  });
}
