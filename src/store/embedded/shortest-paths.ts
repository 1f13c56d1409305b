import { successorsOnShortestPaths } from './shortest-path-successors.js';
import type { MultiDirectedGraph } from 'graphology';
import { type EdgeAttributes, type EdgeRecord, type NodeAttributes, type RelationshipType, type PathQuery, type PathRecord, compareStrings } from '../../domain/index.js';
import type { CompactAdjacency } from './compact-adjacency.js';
import { compactSuccessors } from './compact-path-search.js';
import { entriesBetween, type CompactIncidence } from './compact-incidence.js';

type Graph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** A node's edges, each once, as the store keeps them (cached until the graph changes). */
export type IncidentEdges = (node: string) => readonly EdgeRecord[];

const DEFAULT_TYPES = (type: RelationshipType) => type !== 'MENTIONS';

/** Neighbour lists by incident-edge array and type set: the arrays are replaced when the graph changes. */
const neighbourCache = new WeakMap<readonly EdgeRecord[], Map<string, readonly string[]>>();

/**
 * Every shortest undirected path from `from` to `to` of at most `maxDepth` hops over the allowed
 * relationship types, ordered by node-id sequence and then edge-id sequence (parallel edges give
 * distinct paths), at most `limit`. A node to itself is the one path of length zero; an unknown
 * node or no path within reach gives none.
 *
 * The search runs from both ends at once, each step widening the side whose frontier has fewer
 * edges to follow, so a hub (Korea, the ministry) is expanded only when nothing cheaper is left:
 * two officials four hops apart cost two small neighbourhoods, not the graph.
 */
export function allShortestPaths(graph: Graph, from: string, to: string, query: PathQuery, incident: IncidentEdges, adjacency?: () => CompactAdjacency, incidence?: () => CompactIncidence): PathRecord[] {
  if (!graph.hasNode(from) || !graph.hasNode(to) || query.limit <= 0) return [];
  if (from === to) return [{ nodes: [from], edges: [] }];
  // The default types (all but MENTIONS) walk the store's compact adjacency; asked types, the edge lists.
  if (!query.types && adjacency && incidence) {
    const succ = compactSuccessors(adjacency(), from, to, query.maxDepth);
    return succ ? pathsAlong(succ, from, to, compactEdgesBetween(incidence()), query.limit) : [];
  }
  const allowed = query.types ? new Set<RelationshipType>(query.types) : null;
  const accepts = (type: RelationshipType) => (allowed ? allowed.has(type) : DEFAULT_TYPES(type));
  const typesKey = query.types ? [...new Set(query.types)].sort().join(',') : '';
  const links = (node: string) => neighboursOf(incident(node), node, typesKey, accepts);
  const succ = successorsOf(meetInTheMiddle(links, from, to, query.maxDepth));
  return succ ? pathsAlong(succ, from, to, graphEdgesBetween(graph, accepts), query.limit) : [];
}

/** Neighbour ids reached over allowed edges, either direction, self-loops left out, each once. */
function neighboursOf(edges: readonly EdgeRecord[], node: string, typesKey: string, accepts: (type: RelationshipType) => boolean): readonly string[] {
  let byTypes = neighbourCache.get(edges);
  if (!byTypes) neighbourCache.set(edges, (byTypes = new Map()));
  let list = byTypes.get(typesKey);
  if (!list) {
    const out = new Set<string>();
    for (const edge of edges) {
      if (edge.source !== edge.target && accepts(edge.attributes.type)) out.add(edge.source === node ? edge.target : edge.source);
    }
    byTypes.set(typesKey, (list = [...out]));
  }
  return list;
}

/** One side of the search: each reached node's depth and its predecessors towards the side's start. */
interface Side {
  readonly depth: Map<string, number>;
  readonly preds: Map<string, string[]>;
  frontier: string[];
  level: number;
}

interface Meeting {
  readonly forward: Side;
  readonly backward: Side;
  /** Nodes where shortest paths from both ends join. */
  readonly joins: readonly string[];
}

/**
 * Breadth-first from both ends, a whole level at a time, until the sides touch or the depths
 * add up to maxDepth. The joins of the first touching level carry every shortest path.
 */
function meetInTheMiddle(links: (node: string) => readonly string[], from: string, to: string, maxDepth: number): Meeting | null {
  const start = (node: string): Side => ({ depth: new Map([[node, 0]]), preds: new Map([[node, []]]), frontier: [node], level: 0 });
  const forward = start(from);
  const backward = start(to);
  while (forward.level + backward.level < maxDepth && forward.frontier.length > 0 && backward.frontier.length > 0) {
    const side = cost(forward.frontier, links) <= cost(backward.frontier, links) ? forward : backward;
    const other = side === forward ? backward : forward;
    side.level += 1;
    const next: string[] = [];
    for (const node of side.frontier) {
      for (const neighbour of links(node)) {
        const seen = side.depth.get(neighbour);
        if (seen === undefined) {
          side.depth.set(neighbour, side.level);
          side.preds.set(neighbour, [node]);
          next.push(neighbour);
        } else if (seen === side.level) {
          side.preds.get(neighbour)!.push(node);
        }
      }
    }
    side.frontier = next;
    const touching = next.filter((node) => other.depth.has(node));
    if (touching.length > 0) {
      const shortest = touching.reduce((min, node) => Math.min(min, other.depth.get(node)!), Infinity);
      return { forward, backward, joins: touching.filter((node) => other.depth.get(node) === shortest) };
    }
  }
  return null;
}

/** How many links a frontier would follow. */
function cost(frontier: readonly string[], links: (node: string) => readonly string[]): number {
  let total = 0;
  for (const node of frontier) total += links(node).length;
  return total;
}

function predsIn(side: Side): (node: string) => readonly string[] {
  return (node) => side.preds.get(node) ?? [];
}

function successorsOf(meeting: Meeting | null): Map<string, string[]> | null {
  return meeting ? successorsOnShortestPaths(predsIn(meeting.forward), predsIn(meeting.backward), meeting.joins, (node) => node) : null;
}


/**
 * The paths from `from` to `to` along the successor lists: node sequences in lexicographic order,
 * each with every combination of its hops' parallel edges in edge-id order, at most `limit`. Plain
 * recursion into one list: the generators this replaced (a node-sequence walk and an edge-choice
 * walk, each `yield*` down every hop) were a sixth of a path question's CPU on the 100× graph,
 * and a pair's edges were asked again for every sequence through it.
 */
function pathsAlong(succ: Map<string, string[]>, from: string, to: string, between: EdgesBetween, limit: number): PathRecord[] {
  const walk: PathWalk = { succ, to, between, limit, paths: [], nodes: [from], hops: [], chosen: [], pairs: new Map() };
  walkFrom(walk, from);
  return walk.paths;
}

/**
 * pathsAlong's state, walked by module functions rather than closures made per search: `serve`
 * runs under tsx, whose esbuild output names every named closure it makes with a defineProperty call.
 */
interface PathWalk {
  readonly succ: Map<string, string[]>;
  readonly to: string;
  readonly between: EdgesBetween;
  readonly limit: number;
  readonly paths: PathRecord[];
  /** The node sequence walked so far, and the parallel edges of each of its hops. */
  readonly nodes: string[];
  readonly hops: (readonly string[])[];
  /** The edge picked on each hop so far. */
  readonly chosen: string[];
  /** Each pair's edges, asked once however many sequences pass through it. */
  readonly pairs: Map<string, readonly string[]>;
}

function walkFrom(walk: PathWalk, node: string): void {
  if (node === walk.to) {
    pickEdges(walk, 0);
    return;
  }
  for (const next of walk.succ.get(node) ?? []) {
    walk.hops.push(edgesOfPair(walk, node, next));
    walk.nodes.push(next);
    walkFrom(walk, next);
    walk.nodes.pop();
    walk.hops.pop();
    if (walk.paths.length >= walk.limit) return;
  }
}

function pickEdges(walk: PathWalk, hop: number): void {
  if (hop === walk.hops.length) {
    walk.paths.push({ nodes: [...walk.nodes], edges: [...walk.chosen] });
    return;
  }
  for (const edge of walk.hops[hop]!) {
    walk.chosen.push(edge);
    pickEdges(walk, hop + 1);
    walk.chosen.pop();
    if (walk.paths.length >= walk.limit) return;
  }
}

function edgesOfPair(walk: PathWalk, a: string, b: string): readonly string[] {
  const key = `${a}\u0000${b}`;
  let edges = walk.pairs.get(key);
  if (!edges) walk.pairs.set(key, (edges = walk.between(a, b)));
  return edges;
}

/** The allowed edges between two nodes, either direction, sorted by id. */
type EdgesBetween = (a: string, b: string) => string[];

function graphEdgesBetween(graph: Graph, accepts: (type: RelationshipType) => boolean): EdgesBetween {
  return (a, b) => [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])].filter((edge) => accepts(graph.getEdgeAttribute(edge, 'type'))).sort(compareStrings);
}

/** The default types' edges between two nodes: the other end's entries in the shorter run (every edge but MENTIONS). */
function compactEdgesBetween(incidence: CompactIncidence): EdgesBetween {
  const { numberOf, offsets, edges, edgeKeys } = incidence;
  return (a, b) => {
    const x = numberOf.get(a)!;
    const y = numberOf.get(b)!;
    const shorter = offsets[x + 1]! - offsets[x]! <= offsets[y + 1]! - offsets[y]!;
    const [start, stop] = entriesBetween(incidence, shorter ? x : y, shorter ? y : x);
    const keys: string[] = [];
    for (let k = start; k < stop; k++) keys.push(edgeKeys[edges[k]!]!);
    // Most pairs are joined by one edge, which needs no sort.
    return keys.length > 1 ? keys.sort(compareStrings) : keys;
  };
}
