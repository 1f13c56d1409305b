import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../../../../src/domain/index.js';
import { useDictionaryTables } from '../../../../src/store/embedded/dictionary-adjacency.js';
import { emptyStoreGraph, type StoreGraph } from '../../../../src/store/embedded/embedded-store.js';

const node = (name: string) => ({ label: 'Person', name, aliases: [] }) as unknown as NodeAttributes;
const edge = (type: string) => ({ type, docIds: ['d'], count: 1, evidence: [] }) as unknown as EdgeAttributes;

/** The same small multigraph (parallel edges, a self-loop, a hub), with or without the swapped tables. */
function sample(dictionary: boolean): StoreGraph {
  const g = emptyStoreGraph();
  for (const id of ['a', 'b', 'c', 'hub']) {
    g.addNode(id, node(id));
    if (dictionary) useDictionaryTables(g, id);
  }
  g.addDirectedEdgeWithKey('MET:a->b', 'a', 'b', edge('MET'));
  g.addDirectedEdgeWithKey('ATTENDED:a->b', 'a', 'b', edge('ATTENDED'));
  g.addDirectedEdgeWithKey('MET:b->a', 'b', 'a', edge('MET'));
  g.addDirectedEdgeWithKey('MET:c->c', 'c', 'c', edge('MET'));
  for (const id of ['a', 'b', 'c']) g.addDirectedEdgeWithKey(`MENTIONS:hub->${id}`, 'hub', id, edge('MENTIONS'));
  return g;
}

describe('useDictionaryTables', () => {
  it('leaves every graphology answer as a plain graph gives it', () => {
    const [plain, swapped] = [sample(false), sample(true)];
    expect(swapped.export()).toEqual(plain.export());
    for (const id of ['a', 'b', 'c', 'hub']) {
      expect(swapped.edges(id)).toEqual(plain.edges(id));
      expect(swapped.outNeighbors(id)).toEqual(plain.outNeighbors(id));
      expect(swapped.inNeighbors(id)).toEqual(plain.inNeighbors(id));
    }
    expect(swapped.edges('a', 'b')).toEqual(plain.edges('a', 'b'));
    expect(swapped.hasDirectedEdge('a', 'b')).toBe(true);
    expect(swapped.hasDirectedEdge('b', 'c')).toBe(false);
    expect(swapped.areNeighbors('hub', 'c')).toBe(true);
  });

  it('keeps edges and nodes removable as in a plain graph, and the graph clearable', () => {
    const [plain, swapped] = [sample(false), sample(true)];
    for (const g of [plain, swapped]) {
      g.dropEdge('MET:a->b');
      g.dropNode('hub');
    }
    expect(swapped.edges('a', 'b')).toEqual(plain.edges('a', 'b'));
    expect(swapped.edges('a', 'b')).not.toContain('MET:a->b');
    expect(swapped.export()).toEqual(plain.export());
    swapped.clear();
    expect(swapped.order).toBe(0);
  });

  it('changes nothing for a node that already has edges or does not exist', () => {
    const g = sample(false);
    useDictionaryTables(g, 'a');
    useDictionaryTables(g, 'missing');
    expect(g.export()).toEqual(sample(false).export());
  });
});
