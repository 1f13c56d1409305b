import { successorsOnShortestPaths } from './shortest-path-successors.js';
import type { CompactAdjacency } from './compact-adjacency.js';

/** One side of the search over node numbers; `stamp` marks what this search reached (scratch arrays are reused). */
interface Side {
  readonly seen: Int32Array;
  readonly depth: Int32Array;
  readonly stamp: number;
  readonly preds: Map<number, number[]>;
  frontier: number[];
  level: number;
}

interface Scratch {
  readonly seen: [Int32Array, Int32Array];
  readonly depth: [Int32Array, Int32Array];
  stamp: number;
}

const scratches = new WeakMap<CompactAdjacency, Scratch>();

function scratchOf(adjacency: CompactAdjacency): Scratch {
  let scratch = scratches.get(adjacency);
  if (!scratch) {
    const n = adjacency.ids.length;
    scratch = { seen: [new Int32Array(n), new Int32Array(n)], depth: [new Int32Array(n), new Int32Array(n)], stamp: 0 };
    scratches.set(adjacency, scratch);
  }
  return scratch;
}

/**
 * The successors of every node on a shortest path from `from` to `to` (at most maxDepth hops),
 * each list in id order; null when none is that short. The same breadth-first search from both
 * ends as allShortestPaths' (a whole level at a time, the side with fewer links to follow first),
 * over the compact default adjacency. Synchronous: the scratch arrays are shared.
 */
export function compactSuccessors(adjacency: CompactAdjacency, from: string, to: string, maxDepth: number): Map<string, string[]> | null {
  const { offsets, neighbours, numberOf, ids } = adjacency;
  const scratch = scratchOf(adjacency);
  // Stamps grow by one a search; past 2^31 searches the arrays are cleared and counting restarts.
  if (scratch.stamp >= 0x7fffffff) {
    scratch.seen.forEach((a) => a.fill(0));
    scratch.stamp = 0;
  }
  const stamp = ++scratch.stamp;
  const start = (node: number, i: 0 | 1): Side => {
    const side: Side = { seen: scratch.seen[i], depth: scratch.depth[i], stamp, preds: new Map([[node, []]]), frontier: [node], level: 0 };
    side.seen[node] = stamp;
    side.depth[node] = 0;
    return side;
  };
  const forward = start(numberOf.get(from)!, 0);
  const backward = start(numberOf.get(to)!, 1);
  const cost = (frontier: readonly number[]) => frontier.reduce((sum, n) => sum + offsets[n + 1]! - offsets[n]!, 0);
  while (forward.level + backward.level < maxDepth && forward.frontier.length > 0 && backward.frontier.length > 0) {
    const side = cost(forward.frontier) <= cost(backward.frontier) ? forward : backward;
    const other = side === forward ? backward : forward;
    side.level += 1;
    const next: number[] = [];
    for (const node of side.frontier) {
      for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
        const neighbour = neighbours[k]!;
        if (side.seen[neighbour] !== stamp) {
          side.seen[neighbour] = stamp;
          side.depth[neighbour] = side.level;
          side.preds.set(neighbour, [node]);
          next.push(neighbour);
        } else if (side.depth[neighbour] === side.level) {
          side.preds.get(neighbour)!.push(node);
        }
      }
    }
    side.frontier = next;
    const touching = next.filter((node) => other.seen[node] === stamp);
    if (touching.length > 0) {
      const shortest = touching.reduce((min, node) => Math.min(min, other.depth[node]!), Infinity);
      const joins = touching.filter((node) => other.depth[node] === shortest);
      return successorsOnShortestPaths(forward.preds, backward.preds, joins, (node) => ids[node]!);
    }
  }
  return null;
}

