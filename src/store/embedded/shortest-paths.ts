import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../../domain/graph.js';
import type { RelationshipType } from '../../domain/labels.js';
import type { PathQuery, PathRecord } from '../../domain/store.js';
import { cmp } from './merge-records.js';

type Graph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

const DEFAULT_TYPES = (type: RelationshipType) => type !== 'MENTIONS';

/**
 * Every shortest undirected path from `from` to `to` of at most `maxDepth` hops over the allowed
 * relationship types, ordered by node-id sequence and then edge-id sequence (parallel edges give
 * distinct paths), at most `limit`. A node to itself is the one path of length zero; an unknown
 * node or no path within reach gives none.
 */
export function allShortestPaths(graph: Graph, from: string, to: string, query: PathQuery): PathRecord[] {
  if (!graph.hasNode(from) || !graph.hasNode(to) || query.limit <= 0) return [];
  if (from === to) return [{ nodes: [from], edges: [] }];
  const allowed = query.types ? new Set<RelationshipType>(query.types) : null;
  const accepts = (type: RelationshipType) => (allowed ? allowed.has(type) : DEFAULT_TYPES(type));
  const links = (node: string) => linksOf(graph, node, accepts);

  const preds = breadthFirst(links, from, to, query.maxDepth);
  if (!preds) return [];
  const succ = successorsOnShortestPaths(preds, to);
  const paths: PathRecord[] = [];
  for (const nodes of nodeSequences(succ, from, to)) {
    for (const edges of edgeChoices(graph, nodes, accepts)) {
      paths.push({ nodes, edges });
      if (paths.length >= query.limit) return paths;
    }
  }
  return paths;
}

/** Neighbour ids reached over allowed edges, either direction, self-loops left out. */
function linksOf(graph: Graph, node: string, accepts: (type: RelationshipType) => boolean): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge(node, (_edge, attrs, source, target) => {
    if (source !== target && accepts(attrs.type)) out.add(source === node ? target : source);
  });
  return out;
}

/** Breadth-first layers until `to` is reached; each reached node's predecessors on a shortest path. */
function breadthFirst(links: (node: string) => Set<string>, from: string, to: string, maxDepth: number): Map<string, string[]> | null {
  const depth = new Map<string, number>([[from, 0]]);
  const preds = new Map<string, string[]>([[from, []]]);
  let frontier = [from];
  for (let level = 1; level <= maxDepth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of links(node)) {
        const seen = depth.get(neighbour);
        if (seen === undefined) {
          depth.set(neighbour, level);
          preds.set(neighbour, [node]);
          next.push(neighbour);
        } else if (seen === level) {
          preds.get(neighbour)!.push(node);
        }
      }
    }
    if (depth.has(to)) return preds;
    frontier = next;
  }
  return null;
}

/** Walks back from `to` so only nodes that lie on a shortest path keep successors. */
function successorsOnShortestPaths(preds: Map<string, string[]>, to: string): Map<string, string[]> {
  const succ = new Map<string, string[]>();
  const stack = [to];
  const visited = new Set([to]);
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const pred of preds.get(node) ?? []) {
      const list = succ.get(pred) ?? [];
      list.push(node);
      succ.set(pred, list);
      if (!visited.has(pred)) {
        visited.add(pred);
        stack.push(pred);
      }
    }
  }
  for (const list of succ.values()) list.sort(cmp);
  return succ;
}

/** Node sequences from `from` to `to` in lexicographic order, lazily. */
function* nodeSequences(succ: Map<string, string[]>, from: string, to: string): Generator<string[]> {
  const path = [from];
  function* walk(node: string): Generator<string[]> {
    if (node === to) {
      yield [...path];
      return;
    }
    for (const next of succ.get(node) ?? []) {
      path.push(next);
      yield* walk(next);
      path.pop();
    }
  }
  yield* walk(from);
}

/** Each combination of the parallel allowed edges along a node sequence, in edge-id order. */
function* edgeChoices(graph: Graph, nodes: readonly string[], accepts: (type: RelationshipType) => boolean): Generator<string[]> {
  const options = nodes.slice(1).map((node, i) => {
    const prev = nodes[i]!;
    const between = [...graph.edges(prev, node), ...graph.edges(node, prev)];
    return [...new Set(between)].filter((edge) => accepts(graph.getEdgeAttribute(edge, 'type'))).sort(cmp);
  });
  const chosen: string[] = [];
  function* pick(hop: number): Generator<string[]> {
    if (hop === options.length) {
      yield [...chosen];
      return;
    }
    for (const edge of options[hop]!) {
      chosen.push(edge);
      yield* pick(hop + 1);
      chosen.pop();
    }
  }
  yield* pick(0);
}
