import { lowerBound } from '../../domain/index.js';
import { successorsOnShortestPaths } from './shortest-path-successors.js';
import type { CompactAdjacency } from './compact-adjacency.js';

/**
 * One side of the search over node numbers; `stamp` marks what this search reached (scratch arrays
 * are reused). The nodes it reached are in `order` by depth, those first reached at depth d from
 * starts[d] to starts[d + 1] (the last level up to `size`): the per-request lists of a search that
 * reached a hub's tens of thousands of neighbours were most of its cost in garbage collection. No
 * predecessor lists: a node's are its neighbours one level nearer the side's start, found once the
 * sides meet and only for the few nodes on a shortest path.
 */
interface Side {
  readonly seen: Int32Array;
  readonly depth: Int32Array;
  readonly order: Int32Array;
  readonly starts: number[];
  size: number;
  level: number;
}

interface Scratch {
  readonly seen: [Int32Array, Int32Array];
  readonly depth: [Int32Array, Int32Array];
  readonly order: [Int32Array, Int32Array];
  stamp: number;
}

const scratches = new WeakMap<CompactAdjacency, Scratch>();

function scratchOf(adjacency: CompactAdjacency): Scratch {
  let scratch = scratches.get(adjacency);
  if (!scratch) {
    const n = adjacency.ids.length;
    scratch = { seen: [new Int32Array(n), new Int32Array(n)], depth: [new Int32Array(n), new Int32Array(n)], order: [new Int32Array(n), new Int32Array(n)], stamp: 0 };
    scratches.set(adjacency, scratch);
  }
  return scratch;
}

/** The nodes `side` first reached at depth `d` (a view, not a copy). */
function levelOf(side: Side, d: number): Int32Array {
  return side.order.subarray(side.starts[d]!, d + 1 < side.starts.length ? side.starts[d + 1]! : side.size);
}

/** Marks `node` reached by `side` at `level` and appends it to the side's order. */
function reach(side: Side, stamp: number, node: number, level: number): void {
  side.seen[node] = stamp;
  side.depth[node] = level;
  side.order[side.size++] = node;
}

/**
 * The successors of every node on a shortest path from `from` to `to` (at most maxDepth hops),
 * each list in id order; null when none is that short. The same breadth-first search from both
 * ends as allShortestPaths' (a whole level at a time, the side with fewer links to follow first),
 * over the compact default adjacency. Synchronous: the scratch arrays are shared.
 */
export function compactSuccessors(adjacency: CompactAdjacency, from: string, to: string, maxDepth: number): Map<string, string[]> | null {
  const { offsets, neighbours, numberOf } = adjacency;
  const scratch = scratchOf(adjacency);
  // Stamps grow by one a search; past 2^31 searches the arrays are cleared and counting restarts.
  if (scratch.stamp >= 0x7fffffff) {
    scratch.seen.forEach((a) => a.fill(0));
    scratch.stamp = 0;
  }
  const stamp = ++scratch.stamp;
  const forward = startSide(scratch, 0, stamp, numberOf.get(from)!);
  const backward = startSide(scratch, 1, stamp, numberOf.get(to)!);
  while (forward.level + backward.level < maxDepth && hasFrontier(forward) && hasFrontier(backward)) {
    const side = frontierCost(offsets, forward) <= frontierCost(offsets, backward) ? forward : backward;
    const other = side === forward ? backward : forward;
    const frontier = levelOf(side, side.level);
    if (side.level + 1 + other.level === maxDepth) {
      // The last step: only where the sides join matters. Each node of the cheaper frontier is asked
      // whether it touches the other frontier, stopping at its first link, instead of every link of
      // that frontier being followed (two hub-heavy frontiers of a four-hop search followed most of
      // the graph's links). The joins are then the other side's next level. No nearer node of either
      // side can touch the other's frontier: its links were all followed, and no node is yet reached
      // from both sides.
      const level = ++other.level;
      const joins = frontier.filter((node) => touches(adjacency, other, stamp, node, level - 1));
      if (joins.length === 0) return null;
      other.starts.push(other.size);
      for (const node of joins) reach(other, stamp, node, level);
      return successorsAt(adjacency, forward, backward, stamp, joins);
    }
    const level = ++side.level;
    side.starts.push(side.size);
    const { seen } = side;
    let shortest = Infinity;
    for (const node of frontier) {
      for (let k = offsets[node]!, end = offsets[node + 1]!; k < end; k++) {
        const neighbour = neighbours[k]!;
        if (seen[neighbour] === stamp) continue;
        reach(side, stamp, neighbour, level);
        if (other.seen[neighbour] === stamp && other.depth[neighbour]! < shortest) shortest = other.depth[neighbour]!;
      }
    }
    if (shortest !== Infinity) return successorsAt(adjacency, forward, backward, stamp, levelOf(side, level).filter((node) => other.seen[node] === stamp && other.depth[node] === shortest));
  }
  return null;
}

// The search's helpers are module functions, not closures made per search: `serve` runs under tsx,
// whose esbuild output names every closure it makes with a defineProperty call, per request.

/** A side starting at `node`, over the scratch arrays `i`. */
function startSide(scratch: Scratch, i: 0 | 1, stamp: number, node: number): Side {
  const side: Side = { seen: scratch.seen[i], depth: scratch.depth[i], order: scratch.order[i], starts: [0], size: 0, level: 0 };
  reach(side, stamp, node, 0);
  return side;
}

/** How many links the side's frontier would follow. */
function frontierCost(offsets: Int32Array, side: Side): number {
  let total = 0;
  for (let i = side.starts[side.level]!; i < side.size; i++) {
    const node = side.order[i]!;
    total += offsets[node + 1]! - offsets[node]!;
  }
  return total;
}

function hasFrontier(side: Side): boolean {
  return side.size > side.starts[side.level]!;
}

/** The successor lists through `joins`, once the sides have met. */
function successorsAt(adjacency: CompactAdjacency, forward: Side, backward: Side, stamp: number, joins: ArrayLike<number>): Map<string, string[]> {
  const { ids } = adjacency;
  return successorsOnShortestPaths(
    (node: number) => nearer(adjacency, forward, stamp, node),
    (node: number) => nearer(adjacency, backward, stamp, node),
    Array.from(joins),
    (node) => ids[node]!,
  );
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
  // The level's nodes by index into the side's order, not through a view made per node asked.
  const first = side.starts[level]!;
  const last = level + 1 < side.starts.length ? side.starts[level + 1]! : side.size;
  // A binary search costs at most ≈ 16 reads (runs are under 65k long).
  if ((last - first) * 16 < offsets[node + 1]! - offsets[node]!) {
    for (let i = first; i < last; i++) if (adjacent(offsets, neighbours, side.order[i]!, node)) found.push(side.order[i]!);
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
