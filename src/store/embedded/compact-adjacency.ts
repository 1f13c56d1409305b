import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../../domain/index.js';
import { compactIncidence, type CompactIncidence } from './compact-incidence.js';

/**
 * Every node's neighbours over all relationships but MENTIONS (the path search's default), either
 * direction, each once, self-loops left out: node numbers in one Int32Array, node n's from
 * offsets[n] to offsets[n + 1], in number order (which is id order). A search then walks numbers
 * and typed arrays instead of edge records and string maps.
 */
export interface CompactAdjacency {
  readonly ids: readonly string[];
  readonly numberOf: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
}

/** The adjacency of a graph (built through its incidence; the store keeps both). */
export function compactAdjacency(graph: MultiDirectedGraph<NodeAttributes, EdgeAttributes>): CompactAdjacency {
  return adjacencyOf(compactIncidence(graph));
}

/**
 * The incidence's runs with parallel edges, both directions of a pair and self-loops folded away:
 * each run is already sorted by the other end, so one pass keeps the first of each.
 */
export function adjacencyOf({ ids, numberOf, offsets: runs, others }: CompactIncidence): CompactAdjacency {
  const neighbours = new Int32Array(others.length);
  const offsets = new Int32Array(ids.length + 1);
  let length = 0;
  for (let n = 0; n < ids.length; n++) {
    let previous = -1;
    for (let k = runs[n]!, end = runs[n + 1]!; k < end; k++) {
      const other = others[k]!;
      if (other !== previous && other !== n) neighbours[length++] = other;
      previous = other;
    }
    offsets[n + 1] = length;
  }
  return { ids, numberOf, offsets, neighbours: neighbours.slice(0, length) };
}
