import { beforeAll, describe, expect, it } from 'vitest';
import { compareStrings, RELATIONSHIP_TYPES, type EdgeRecord, type GraphStore, type RelationshipType } from '../../../../src/domain/index.js';
import { buildGraphFromInputs } from '../../../../src/pipeline/index.js';
import { postPage } from '../../../../src/query/index.js';
import { createEmbeddedStore } from '../../../../src/store/embedded/index.js';

/** Every edge of the types as every node's edgesOf lists them, each once, sorted by id. */
async function scanned(store: GraphStore, types: readonly RelationshipType[]): Promise<EdgeRecord[]> {
  const byId = new Map<string, EdgeRecord>();
  for (const node of await store.listNodes()) for (const edge of await store.edgesOf(node.id, { types })) byId.set(edge.id, edge);
  return [...byId.values()].sort((x, y) => compareStrings(x.id, y.id));
}

describe('the embedded store’s listEdges over the seed graph', () => {
  let store: GraphStore;

  beforeAll(async () => {
    store = createEmbeddedStore((await buildGraphFromInputs(['seeds'])).graph);
  });

  it.each([[['HOLDS_POSITION']], [['MET', 'REPRESENTS']], [[...RELATIONSHIP_TYPES]], [[]]] as const)('lists the %j edges as asking every node does', async (types) => {
    const listed = await store.listEdges!(types);
    expect(listed).toEqual(await scanned(store, types));
    if (types.length > 0) expect(listed.length).toBeGreaterThan(0);
  });

  it('gives the posts the answer they make from each organisation’s edges', async () => {
    const { listEdges: _listEdges, ...withoutListing } = store;
    for (const filter of [{}, { at: '2025-08-01' }, { title: 'Minister' }]) {
      const page = { offset: 0, limit: 10_000 };
      const answer = await postPage(store, filter, page);
      expect(answer.total).toBeGreaterThan(0);
      expect(answer).toEqual(await postPage(withoutListing, filter, page));
    }
  });
});
