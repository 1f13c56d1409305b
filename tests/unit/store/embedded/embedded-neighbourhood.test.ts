import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../../src/domain/index.js';
import { buildGraphFromInputs } from '../../../../src/pipeline/index.js';
import { neighbourhood, toElements, type NeighbourhoodOptions } from '../../../../src/query/index.js';
import { embeddedNeighbourhood } from '../../../../src/store/embedded/embedded-neighbourhood.js';
import { compactIncidence } from '../../../../src/store/embedded/compact-incidence.js';
import { emptyStoreGraph, type StoreGraph } from '../../../../src/store/embedded/embedded-store.js';
import { createEmbeddedStore } from '../../../../src/store/embedded/index.js';

/** The same store without its one-call neighbourhood: query/neighbourhood then walks edgesOf hop by hop. */
function walkOnly(store: GraphStore): GraphStore {
  return { ...store, neighbourhood: undefined };
}

// Depths, cuts, label and type filters and date ranges, each as the API can ask them.
const ASKS: readonly NeighbourhoodOptions[] = [
  { depth: 1, limit: 300 },
  { depth: 2, limit: 300 },
  { depth: 3, limit: 2000 },
  { depth: 2, limit: 7 },
  { depth: 1, limit: 2 },
  { depth: 1, limit: 1 },
  { depth: 2, limit: 50, labels: ['Person', 'Country'] },
  { depth: 2, limit: 300, types: ['MET', 'REPRESENTS'] },
  { depth: 1, limit: 300, types: ['MENTIONS'] },
  { depth: 2, limit: 300, types: [] },
  { depth: 2, limit: 300, from: '2025-01-01', to: '2025-08-31' },
  { depth: 2, limit: 300, from: '2026-01-01' },
];

describe('the embedded store’s one-call neighbourhood over the seed graph', () => {
  let store: GraphStore;
  let ids: string[];
  let g: StoreGraph;

  beforeAll(async () => {
    const { graph } = await buildGraphFromInputs(['seeds']);
    store = createEmbeddedStore(graph);
    ids = (await store.listNodes()).map((node) => node.id);
    g = emptyStoreGraph();
    for (const node of graph.nodes) g.addNode(node.id, node.attributes);
    for (const edge of graph.edges) g.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge.attributes);
  });

  it('is the one the API uses on the embedded store', () => {
    expect(store.neighbourhood).toBeTypeOf('function');
  });

  it.each(ASKS.map((ask) => [JSON.stringify(ask), ask] as const))('answers %s for every node as the hop-by-hop walk does', async (_, ask) => {
    const walk = walkOnly(store);
    const open = { depth: ask.depth, limit: ask.limit };
    let cut = 0;
    let filtered = 0;
    for (const id of ids) {
      const answer = await neighbourhood(store, id, ask);
      expect(answer).toEqual(await neighbourhood(walk, id, ask));
      if (answer.truncated) cut += 1;
      if (JSON.stringify(answer) !== JSON.stringify(await neighbourhood(walk, id, open))) filtered += 1;
    }
    // A filter is exercised: it changes some answer.
    if (ask.labels || ask.types || ask.from || ask.to) expect(filtered).toBeGreaterThan(0);
    // The cuts are exercised, not only whole answers (the seed graph has hubs past 7 nodes).
    if (ask.limit <= 7) expect(cut).toBeGreaterThan(0);
  });

  it.each(ASKS.map((ask) => [JSON.stringify(ask), ask] as const))('answers %s as the walk does when every node of 3 edges or more is a hub', async (_, ask) => {
    const walk = walkOnly(store);
    const hubs = new Map<string, readonly string[]>();
    const incidence = compactIncidence(g);
    for (const id of ids) {
      const found = embeddedNeighbourhood(g, () => incidence, hubs, id, ask, 3)!;
      expect({ center: id, depth: ask.depth, elements: toElements(found.nodes, found.edges), truncated: found.truncated }).toEqual(await neighbourhood(walk, id, ask));
    }
    // Hubs' sorted neighbours are kept for the questions that follow MENTIONS (the rest read the compact incidence).
    if (ask.types?.includes('MENTIONS')) expect(hubs.size).toBeGreaterThan(0);
  });

  it('answers null for an unknown centre', async () => {
    expect(await store.neighbourhood!('person:nobody', { depth: 1, limit: 10 })).toBeNull();
  });
});
