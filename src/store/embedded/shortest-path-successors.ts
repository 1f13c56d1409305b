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
  const link = (a: Node, b: Node) => {
    const set = succ.get(idOf(a));
    if (set) set.add(idOf(b));
    else succ.set(idOf(a), new Set([idOf(b)]));
  };
  const walk = (preds: (node: Node) => readonly Node[], towardsStart: (node: Node, pred: Node) => void) => {
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
  };
  walk(forwardPreds, (node, pred) => link(pred, node));
  walk(backwardPreds, (node, pred) => link(node, pred));
  return new Map([...succ].map(([node, set]) => [node, [...set].sort(compareStrings)]));
}
