import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES, type GraphData, type RelationshipType } from '../../../../src/domain/index.js';
import { createEmbeddedStore } from '../../../../src/store/embedded/index.js';

const ALL_BUT_MENTIONS = RELATIONSHIP_TYPES.filter((type) => type !== 'MENTIONS');
const TYPES: RelationshipType[] = ['MET', 'MENTIONS', 'REPRESENTS', 'SIGNED'];

/** A random multigraph: parallel edges, self-loops and MENTIONS among them. */
const graphs = fc
  .record({
    nodes: fc.integer({ min: 2, max: 14 }),
    edges: fc.array(fc.tuple(fc.nat(13), fc.nat(13), fc.constantFrom(...TYPES), fc.nat(2)), { maxLength: 40 }),
  })
  .map(({ nodes, edges }): GraphData => {
    const id = (n: number) => `person:n${n % nodes}`;
    const kept = new Map(edges.map(([s, t, type, copy]) => [`${type}:${id(s)}->${id(t)}#${copy}`, { id: `${type}:${id(s)}->${id(t)}#${copy}`, source: id(s), target: id(t), attributes: { type, evidence: [], docIds: [] } }]));
    return {
      nodes: Array.from({ length: nodes }, (_, n) => ({ id: id(n), attributes: { label: 'Person', name: `N${n}`, aliases: [] } })),
      edges: [...kept.values()],
    } as unknown as GraphData;
  });

describe('the path search over the compact adjacency', () => {
  it('finds exactly the paths the edge-list search finds over every type but MENTIONS', async () => {
    await fc.assert(
      fc.asyncProperty(graphs, fc.nat(13), fc.nat(13), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 8 }), async (graph, a, b, maxDepth, limit) => {
        const store = createEmbeddedStore(graph);
        const [from, to] = [graph.nodes[a % graph.nodes.length]!.id, graph.nodes[b % graph.nodes.length]!.id];
        const compact = await store.shortestPaths(from, to, { maxDepth, limit });
        const listed = await store.shortestPaths(from, to, { maxDepth, limit, types: ALL_BUT_MENTIONS });
        expect(compact).toEqual(listed);
      }),
      { numRuns: 300 },
    );
  });

  it('forgets the adjacency when the graph is loaded again', async () => {
    const store = createEmbeddedStore(fc.sample(graphs, { numRuns: 1, seed: 7 })[0]!);
    const node = (n: string) => ({ id: `person:${n}`, attributes: { label: 'Person', name: n, aliases: [] } });
    const met = (s: string, t: string) => ({ id: `MET:person:${s}->person:${t}`, source: `person:${s}`, target: `person:${t}`, attributes: { type: 'MET', evidence: [], docIds: [] } });
    await store.load({ nodes: [node('x'), node('y'), node('z')], edges: [met('x', 'y')] } as unknown as GraphData);
    expect(await store.shortestPaths('person:x', 'person:z', { maxDepth: 4, limit: 5 })).toEqual([]);
    await store.load({ nodes: [], edges: [met('y', 'z')] } as unknown as GraphData);
    expect((await store.shortestPaths('person:x', 'person:z', { maxDepth: 4, limit: 5 })).map((p) => p.nodes)).toEqual([['person:x', 'person:y', 'person:z']]);
  });
});
