import { compareStrings, type NodeRecord } from '../domain/index.js';

/**
 * Per node position: its place among all nodes in id order, so the search's tie-break (equal
 * scores rank by id) compares two integers instead of two id strings. On the 1000× graph a query
 * of common words ranks hundreds of forms scoring the same at the cut-off; the string comparisons
 * and the records they read were a large part of the ranking.
 *
 * Both stores list nodes sorted by id, so the ranks are the positions, found in one pass; a list
 * in any other order is sorted (never relied on being sorted).
 */
export function nodeRanks(nodes: readonly NodeRecord[]): Int32Array {
  const ranks = new Int32Array(nodes.length);
  let sorted = true;
  for (let i = 0; i < nodes.length; i++) {
    ranks[i] = i;
    if (i > 0 && !(nodes[i - 1]!.id < nodes[i]!.id)) sorted = false;
  }
  if (sorted) return ranks;
  const order = Array.from(nodes.keys()).sort((a, b) => compareStrings(nodes[a]!.id, nodes[b]!.id));
  order.forEach((node, rank) => (ranks[node] = rank));
  return ranks;
}
