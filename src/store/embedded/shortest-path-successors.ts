import { compareStrings } from '../../domain/index.js';

/**
 * The successor lists of every node on a shortest path, from the two halves of a bidirectional
 * search: back from each join to the start along the forward search's predecessors, and on from each
 * join to the end along the backward one's (each `…Preds` gives a node's predecessors on its side,
 * asked once per node on a shortest path). Both path searches (over node ids and over the compact
 * numbered copy) share it; `idOf` names a node, and each list is sorted by id.
 */
export function successorsOnShortestPaths<Node>(
  forwardPreds: (node: Node) => readonly Node[],
  backwardPreds: (node: Node) => readonly Node[],
  joins: readonly Node[],
  idOf: (node: Node) => string,
): Map<string, string[]> {
  const succ = new Map<string, Set<string>>();
  walkBack(joins, forwardPreds, (node, pred) => link(succ, idOf(pred), idOf(node)));
  walkBack(joins, backwardPreds, (node, pred) => link(succ, idOf(node), idOf(pred)));
  // Written out rather than spread and mapped: most lists hold one id, which needs no sort.
  const lists = new Map<string, string[]>();
  for (const [node, set] of succ) {
    const list = Array.from(set);
    if (list.length > 1) list.sort(compareStrings);
    lists.set(node, list);
  }
  return lists;
}

// Module functions, not closures made per search: `serve` runs under tsx, whose esbuild output
// names every named closure it makes with a defineProperty call, per request.

function link(succ: Map<string, Set<string>>, a: string, b: string): void {
  const set = succ.get(a);
  if (set) set.add(b);
  else succ.set(a, new Set([b]));
}

/** Every (node, predecessor) pair reached back from the joins, each node expanded once. */
function walkBack<Node>(joins: readonly Node[], preds: (node: Node) => readonly Node[], towardsStart: (node: Node, pred: Node) => void): void {
  const stack = [...joins];
  const visited = new Set(joins);
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const pred of preds(node)) {
      towardsStart(node, pred);
      if (!visited.has(pred)) {
        visited.add(pred);
        stack.push(pred);
      }
    }
  }
}
