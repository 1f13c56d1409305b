import type { EdgeRecord, NodeRecord } from '../domain/graph.js';
import type { RelationshipType } from '../domain/labels.js';
import type { GraphStore } from '../domain/store.js';
import { summarize, toElements } from './presenters.js';
import { requireNode } from './require-node.js';
import type { Hop, PathResult } from './types.js';

export interface PathOptions {
  readonly maxDepth: number;
  readonly limit: number;
  /** Relationship types a path may use; all but MENTIONS when absent. */
  readonly types?: readonly RelationshipType[];
}

/** How two entities are connected: every shortest path (up to the limit), each hop with its evidence. */
export async function connection(store: GraphStore, fromId: string, toId: string, options: PathOptions): Promise<PathResult> {
  const [from, to] = await Promise.all([requireNode(store, fromId), requireNode(store, toId)]);
  const records = await store.shortestPaths(fromId, toId, {
    maxDepth: options.maxDepth,
    limit: options.limit,
    ...(options.types ? { types: options.types } : {}),
  });
  const nodes = new Map<string, NodeRecord>((await store.getNodes(records.flatMap((p) => p.nodes))).map((n) => [n.id, n]));
  const edgeList = await Promise.all([...new Set(records.flatMap((p) => p.edges))].map((id) => store.getEdge(id)));
  const edges = new Map<string, EdgeRecord>(edgeList.filter((e): e is EdgeRecord => e !== null).map((e) => [e.id, e]));
  const paths = records.map((record) => ({
    nodes: record.nodes.map((id) => summarize(nodes.get(id)!)),
    hops: record.edges.map((id) => hop(edges.get(id)!)),
  }));
  return { from: summarize(from), to: summarize(to), paths, elements: toElements(nodes.values(), edges.values()) };
}

function hop(edge: EdgeRecord): Hop {
  const { firstDate, lastDate } = edge.attributes;
  return {
    edgeId: edge.id,
    type: edge.attributes.type,
    source: edge.source,
    target: edge.target,
    ...(firstDate ? { firstDate } : {}),
    ...(lastDate ? { lastDate } : {}),
    evidence: edge.attributes.evidence,
  };
}
