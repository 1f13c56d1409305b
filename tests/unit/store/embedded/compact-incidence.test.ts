import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareStrings, type Direction, type EdgeAttributes, type RelationshipType } from '../../../../src/domain/index.js';
import { compactEdgesOf } from '../../../../src/store/embedded/compact-edges-of.js';
import { compactIncidence, entriesBetween } from '../../../../src/store/embedded/compact-incidence.js';
import { emptyStoreGraph } from '../../../../src/store/embedded/embedded-store.js';

const TYPES: RelationshipType[] = ['MET', 'MENTIONS', 'REPRESENTS', 'ATTENDED'];

/** A random multigraph's edges: parallel edges, both directions of a pair, self-loops, MENTIONS; node names that do not sort as inserted. */
const edgeLists = fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.constantFrom(...TYPES)), { maxLength: 60 });
const name = (n: number) => `person:${'jbdhfaiceg'[n]}${n}`;

function graphOf(edges: ReadonlyArray<readonly [number, number, RelationshipType]>) {
  const g = emptyStoreGraph();
  for (let n = 0; n < 10; n++) g.addNode(name(n), { label: 'Person', name: `N${n}`, aliases: [] } as never);
  edges.forEach(([s, t, type], i) => g.addDirectedEdgeWithKey(`e${i}`, name(s), name(t), { type, evidence: [], docIds: [] } as unknown as EdgeAttributes));
  return g;
}

describe('the compact incidence', () => {
  it("numbers nodes in id order and lists each node's edges but MENTIONS once each (a self-loop too), sorted by the other end", () => {
    fc.assert(
      fc.property(edgeLists, (edges) => {
        const incidence = compactIncidence(graphOf(edges));
        expect(incidence.ids).toEqual([...incidence.ids].sort(compareStrings));
        incidence.ids.forEach((id, n) => {
          expect(incidence.numberOf.get(id)).toBe(n);
          const expected = edges.flatMap(([s, t, type], i) => (type !== 'MENTIONS' && (name(s) === id || name(t) === id) ? [`e${i}`] : []));
          const run = [...incidence.edges.subarray(incidence.offsets[n]!, incidence.offsets[n + 1]!)];
          expect(run.map((e) => incidence.edgeKeys[e]).sort()).toEqual(expected.sort());
          const others = [...incidence.others.subarray(incidence.offsets[n]!, incidence.offsets[n + 1]!)];
          expect(others).toEqual([...others].sort((a, b) => a - b));
          run.forEach((e, k) => expect(others[k]).toBe(incidence.sources[e] === n ? incidence.targets[e] : incidence.sources[e]));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('finds the entries between two nodes, parallel edges and both directions', () => {
    const incidence = compactIncidence(graphOf([[0, 1, 'MET'], [1, 0, 'REPRESENTS'], [0, 1, 'MENTIONS'], [0, 2, 'MET']]));
    const [a, b] = [incidence.numberOf.get(name(0))!, incidence.numberOf.get(name(1))!];
    const [start, stop] = entriesBetween(incidence, a, b);
    expect([...incidence.edges.subarray(start, stop)].map((e) => incidence.edgeKeys[e]).sort()).toEqual(['e0', 'e1']);
  });
});

describe("a node's typed edges from the compact incidence", () => {
  const asks = fc.tuple(fc.subarray(TYPES.filter((type) => type !== 'MENTIONS') as RelationshipType[]), fc.constantFrom<Direction>('out', 'in', 'both'), fc.nat(9));

  it("are the node's edges of those types in that direction, each once, sorted by id, as records of the graph's attributes", () => {
    fc.assert(
      fc.property(edgeLists, asks, (edges, [types, direction, n]) => {
        const g = graphOf(edges);
        const id = name(n);
        const expected = [...new Set(g.edges(id))]
          .filter((edge) => (types as readonly string[]).includes(g.getEdgeAttribute(edge, 'type')))
          .filter((edge) => direction === 'both' || (direction === 'out' ? g.source(edge) === id : g.target(edge) === id))
          .sort(compareStrings)
          .map((edge) => ({ id: edge, source: g.source(edge), target: g.target(edge), attributes: g.getEdgeAttributes(edge) }));
        const listed = compactEdgesOf(compactIncidence(g), new Map(), id, types, direction);
        expect(listed).toEqual(expected);
        listed.forEach((record, i) => expect(record.attributes).toBe(expected[i]!.attributes));
      }),
      { numRuns: 300 },
    );
  });

  it('are none for an unknown node', () => {
    expect(compactEdgesOf(compactIncidence(graphOf([[0, 1, 'MET']])), new Map(), 'person:nobody', ['MET'])).toEqual([]);
  });
});
