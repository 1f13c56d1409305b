import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../../domain/index.js';

/**
 * Every node's neighbours over all relationships but MENTIONS (the path search's default), either
 * direction, each once, self-loops left out: node numbers in one Int32Array, node n's from
 * offsets[n] to offsets[n + 1]. Built once per load (≈ 30 ms on the 100× graph); a search then
 * walks numbers and typed arrays instead of edge records and string maps.
 */
export interface CompactAdjacency {
  readonly ids: readonly string[];
  readonly numberOf: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
}

export function compactAdjacency(graph: MultiDirectedGraph<NodeAttributes, EdgeAttributes>): CompactAdjacency {
  const ids = graph.nodes();
  const numberOf = new Map(ids.map((id, n) => [id, n]));
  const lists: number[][] = ids.map(() => []);
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.type === 'MENTIONS' || source === target) return;
    const s = numberOf.get(source)!;
    const t = numberOf.get(target)!;
    lists[s]!.push(t);
    lists[t]!.push(s);
  });
  const offsets = new Int32Array(ids.length + 1);
  const distinct = lists.map((list) => [...new Set(list)]);
  distinct.forEach((list, n) => (offsets[n + 1] = offsets[n]! + list.length));
  const neighbours = new Int32Array(offsets[ids.length]!);
  distinct.forEach((list, n) => neighbours.set(list, offsets[n]!));
  return { ids, numberOf, offsets, neighbours };
}
