import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../../src/store/embedded/index.js';
import { connection } from '../../../../src/query/index.js';
import { fixtureGraph, ids } from '../../query/fixture-graph.js';

describe('the embedded store\'s connection()', () => {
  const store = createEmbeddedStore(fixtureGraph());
  const query = { maxDepth: 4, limit: 5 };

  it('gives the shortest paths with every node and edge on them, as getNode and getEdge hold them', async () => {
    const found = (await store.connection!(ids.KIM, ids.YEO, query))!;
    expect(found.paths).toEqual(await store.shortestPaths(ids.KIM, ids.YEO, query));
    const onPaths = [...new Set(found.paths.flatMap((p) => p.nodes))].sort();
    expect(found.nodes.map((n) => n.id).sort()).toEqual(onPaths);
    for (const node of found.nodes) expect(node).toEqual(await store.getNode(node.id));
    const edgeIds = [...new Set(found.paths.flatMap((p) => p.edges))];
    expect(found.edges.map((e) => e.id)).toEqual(edgeIds);
    for (const edge of found.edges) expect(edge).toEqual(await store.getEdge(edge.id));
  });

  it('still gives both ends when no path is short enough, and null when an end is unknown', async () => {
    const none = (await store.connection!(ids.KIM, ids.SEF, { maxDepth: 1, limit: 5 }))!;
    expect(none.paths).toEqual([]);
    expect(none.nodes.map((n) => n.id)).toEqual([ids.KIM, ids.SEF]);
    expect(await store.connection!(ids.KIM, 'person:nobody', query)).toBeNull();
  });

  it('makes the same path answer as the record-by-record reads it replaces', async () => {
    const recordByRecord = { ...store, connection: undefined };
    for (const [from, to, options] of [
      [ids.KIM, ids.YEO, query],
      [ids.KIM, ids.YEO, { ...query, types: ['HOLDS_POSITION' as const] }],
      [ids.KIM, ids.SEF, query],
      [ids.KIM, ids.KIM, query],
    ] as const) {
      expect(await connection(store, from, to, options)).toEqual(await connection(recordByRecord, from, to, options));
    }
  });
});
