import { lowerBound } from '../../domain/index.js';
import { successorsOnShortestPaths } from './shortest-path-successors.js';
import type { CompactAdjacency } from './compact-adjacency.js';

/**
 * One side of the search over node numbers; `stamp` marks what this search reached (scratch arrays
 * are reused), `levels[d]` the nodes first reached at depth d. No predecessor lists: a node's are
 * its neighbours one level nearer the side's start, found once the sides meet and only for the few
 * nodes on a shortest path. A side reaching a hub's thousands of neighbours costs two array writes
 * each, not a list each.
 */
interface Side {
  readonly seen: Int32Array;
  readonly depth: Int32Array;
  readonly levels: number[][];
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
    const side: Side = { seen: scratch.seen[i], depth: scratch.depth[i], levels: [[node]], frontier: [node], level: 0 };
    side.seen[node] = stamp;
    side.depth[node] = 0;
    return side;
  };
  const forward = start(numberOf.get(from)!, 0);
  const backward = start(numberOf.get(to)!, 1);
  const cost = (frontier: readonly number[]) => {
    let total = 0;
    for (const node of frontier) total += offsets[node + 1]! - offsets[node]!;
    return total;
  };
  while (forward.level + backward.level < maxDepth && forward.frontier.length > 0 && backward.frontier.length > 0) {
    const side = cost(forward.frontier) <= cost(backward.frontier) ? forward : backward;
    const other = side === forward ? backward : forward;
    const { seen, depth } = side;
    if (side.level + 1 + other.level === maxDepth) {
      // The last step: only where the sides join matters. Each node of the cheaper frontier is asked
      // whether it touches the other frontier, stopping at its first link, instead of every link of
      // that frontier being followed (two hub-heavy frontiers of a four-hop search followed most of
      // the graph's links). The joins are then the other side's next level. No nearer node of either
      // side can touch the other's frontier: its links were all followed, and no node is yet reached
      // from both sides.
      const level = ++other.level;
      const joins = side.frontier.filter((node) => touches(adjacency, other, stamp, node, level - 1));
      if (joins.length === 0) return null;
      for (const node of joins) {
        other.seen[node] = stamp;
        other.depth[node] = level;
      }
      other.levels.push(joins);
      const predsOf = (s: Side) => (node: number) => nearer(adjacency, s, stamp, node);
      return successorsOnShortestPaths(predsOf(forward), predsOf(backward), joins, (node) => ids[node]!);
    }
    const level = ++side.level;
    const next: number[] = [];
    let shortest = Infinity;
    for (const node of side.frontier) {
      for (let k = offsets[node]!, end = offsets[node + 1]!; k < end; k++) {
        const neighbour = neighbours[k]!;
        if (seen[neighbour] === stamp) continue;
        seen[neighbour] = stamp;
        depth[neighbour] = level;
        next.push(neighbour);
        if (other.seen[neighbour] === stamp && other.depth[neighbour]! < shortest) shortest = other.depth[neighbour]!;
      }
    }
    side.frontier = next;
    side.levels.push(next);
    if (shortest !== Infinity) {
      const joins = next.filter((node) => other.seen[node] === stamp && other.depth[node] === shortest);
      const predsOf = (s: Side) => (node: number) => nearer(adjacency, s, stamp, node);
      return successorsOnShortestPaths(predsOf(forward), predsOf(backward), joins, (node) => ids[node]!);
    }
  }
  return null;
}

/**
 * A reached node's neighbours one level nearer the side's start: its predecessors on the side's
 * shortest paths. Read from whichever is shorter, the node's neighbours or that level's nodes (each
 * asked by binary search in its sorted run): a hub joining two small searches (Korea between two
 * officials) is one level from the start, and its tens of thousands of neighbours are never read.
 */
function nearer({ offsets, neighbours }: CompactAdjacency, side: Side, stamp: number, node: number): number[] {
  const level = side.depth[node]! - 1;
  const found: number[] = [];
  if (level < 0) return found;
  const candidates = side.levels[level]!;
  // A binary search costs at most ≈ 16 reads (runs are under 65k long).
  if (candidates.length * 16 < offsets[node + 1]! - offsets[node]!) {
    for (const candidate of candidates) if (adjacent(offsets, neighbours, candidate, node)) found.push(candidate);
    return found;
  }
  for (let k = offsets[node]!, end = offsets[node + 1]!; k < end; k++) {
    const neighbour = neighbours[k]!;
    if (side.seen[neighbour] === stamp && side.depth[neighbour] === level) found.push(neighbour);
  }
  return found;
}

/** Whether `node` (not reached by `side`) has a neighbour `side` reached at `level`. */
function touches({ offsets, neighbours }: CompactAdjacency, side: Side, stamp: number, node: number, level: number): boolean {
  for (let k = offsets[node]!, end = offsets[node + 1]!; k < end; k++) {
    const neighbour = neighbours[k]!;
    if (side.seen[neighbour] === stamp && side.depth[neighbour] === level) return true;
  }
  return false;
}

/** Whether `node` is among `of`'s neighbours (sorted by number). */
function adjacent(offsets: Int32Array, neighbours: Int32Array, of: number, node: number): boolean {
  const end = offsets[of + 1]!;
  const at = lowerBound(neighbours, node, offsets[of]!, end);
  return at < end && neighbours[at] === node;
}
