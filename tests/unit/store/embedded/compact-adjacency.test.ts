import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, RelationshipType } from '../../../../src/domain/index.js';
import { compactAdjacency } from '../../../../src/store/embedded/compact-adjacency.js';
import { emptyStoreGraph } from '../../../../src/store/embedded/embedded-store.js';

const TYPES: RelationshipType[] = ['MET', 'MENTIONS', 'REPRESENTS'];

/** A random multigraph's edges: parallel edges, both directions of a pair, self-loops, MENTIONS. */
const edgeLists = fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.constantFrom(...TYPES)), { maxLength: 60 });

function graphOf(edges: ReadonlyArray<readonly [number, number, RelationshipType]>) {
  const g = emptyStoreGraph();
  for (let n = 0; n < 10; n++) g.addNode(`person:n${n}`, { label: 'Person', name: `N${n}`, aliases: [] } as never);
  edges.forEach(([s, t, type], i) => g.addDirectedEdgeWithKey(`e${i}`, `person:n${s}`, `person:n${t}`, { type, evidence: [], docIds: [] } as unknown as EdgeAttributes));
  return g;
}

describe('the compact adjacency', () => {
  it("lists each node's neighbours over every type but MENTIONS, either direction, once each, in number order, without itself", () => {
    fc.assert(
      fc.property(edgeLists, (edges) => {
        const adjacency = compactAdjacency(graphOf(edges));
        adjacency.ids.forEach((id, n) => {
          const expected = new Set<string>();
          for (const [s, t, type] of edges) {
            if (type === 'MENTIONS' || s === t) continue;
            if (`person:n${s}` === id) expected.add(`person:n${t}`);
            if (`person:n${t}` === id) expected.add(`person:n${s}`);
          }
          const listed = [...adjacency.neighbours.subarray(adjacency.offsets[n]!, adjacency.offsets[n + 1]!)];
          expect(listed).toEqual([...listed].sort((a, b) => a - b));
          expect(listed.map((m) => adjacency.ids[m])).toHaveLength(expected.size);
          expect(new Set(listed.map((m) => adjacency.ids[m]))).toEqual(expected);
          expect(adjacency.numberOf.get(id)).toBe(n);
        });
        expect(adjacency.neighbours.length).toBe(adjacency.offsets[adjacency.ids.length]);
      }),
      { numRuns: 200 },
    );
  });
});
