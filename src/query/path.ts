import type { EdgeRecord, NodeRecord, RelationshipType, GraphStore } from '../domain/index.js';
import { toElements } from './presenters.js';
import { summaryOf } from './summary-of.js';
import { requireNode } from './require-node.js';
import type { Hop, PathResult } from './types.js';

/**
 * Sentences shown per hop: a hub's relation (a country's officials) can cite thousands, and the
 * side panel reads them all from GET /api/edges/:id. `evidenceTotal` says how many there are. The
 * path panel quotes the first and links to the rest, so the first is all an answer carries: twenty
 * per hop were half of a 14 KB path answer on the 100× graph, and three still a third of 11 KB at 1000×.
 */
export const HOP_EVIDENCE_LIMIT = 1;

export interface PathOptions {
  readonly maxDepth: number;
  readonly limit: number;
  /** Relationship types a path may use; all but MENTIONS when absent. */
  readonly types?: readonly RelationshipType[];
}

/** How two entities are connected: every shortest path (up to the limit), each hop with its evidence. */
export async function connection(store: GraphStore, fromId: string, toId: string, options: PathOptions): Promise<PathResult> {
  const query = { maxDepth: options.maxDepth, limit: options.limit, evidenceLimit: HOP_EVIDENCE_LIMIT, ...(options.types ? { types: options.types } : {}) };
  // One round trip where the store offers it (Neo4j); else the ends, the paths, then their records.
  const found = store.connection ? await store.connection(fromId, toId, query) : null;
  const ends = found ? [found.nodes.find((n) => n.id === fromId), found.nodes.find((n) => n.id === toId)] : [];
  const [from, to] = ends[0] && ends[1] ? [ends[0], ends[1]] : await Promise.all([requireNode(store, fromId), requireNode(store, toId)]);
  const records = found ? found.paths : await store.shortestPaths(fromId, toId, query);
  const onPaths = new Set(records.flatMap((p) => p.nodes));
  const nodeList = found ? found.nodes.filter((n) => onPaths.has(n.id)) : await store.getNodes([...onPaths]);
  const nodes = new Map<string, NodeRecord>(nodeList.map((n) => [n.id, n]));
  const edgeList = found ? found.edges : await Promise.all([...new Set(records.flatMap((p) => p.edges))].map((id) => store.getEdge(id)));
  const edges = new Map<string, EdgeRecord>(edgeList.filter((e): e is EdgeRecord => e !== null).map((e) => [e.id, e]));
  // A node or hop on several paths is presented once and shared: the paths of an answer run
  // through the same hubs and end hops (7.7 hops an answer on the 100× graph, 5.5 distinct).
  // Nodes through summaryOf and hops through hopOfEdge, which keep each stored record's presentation.
  const paths = records.map((record) => ({
    nodes: record.nodes.map((id) => summaryOf(nodes.get(id)!)),
    hops: record.edges.map((id) => hopOfEdge(edges.get(id)!)),
  }));
  return { from: summaryOf(from), to: summaryOf(to), paths, elements: toElements(nodes.values(), edges.values()) };
}

// A hop depends only on the edge's id, ends and attributes object, which the embedded store hands
// out unchanged until a load replaces it (as summaryOf and toElements keep theirs): the hubs' hops
// are on most answers. Neo4j's fresh records simply miss.
const hopsShown = new WeakMap<object, Hop>();

/** `hop(edge)`, made once per edge as stored; answers share it and never change it. */
function hopOfEdge(edge: EdgeRecord): Hop {
  let shown = hopsShown.get(edge.attributes);
  if (!shown || shown.edgeId !== edge.id || shown.source !== edge.source || shown.target !== edge.target) hopsShown.set(edge.attributes, (shown = hop(edge)));
  return shown;
}

function hop(edge: EdgeRecord): Hop {
  const { firstDate, lastDate, evidence, count } = edge.attributes;
  return {
    edgeId: edge.id,
    type: edge.attributes.type,
    source: edge.source,
    target: edge.target,
    ...(firstDate ? { firstDate } : {}),
    ...(lastDate ? { lastDate } : {}),
    evidence: evidence.length > HOP_EVIDENCE_LIMIT ? evidence.slice(0, HOP_EVIDENCE_LIMIT) : evidence,
    // A store may have cut the evidence to what is shown (PathQuery.evidenceLimit); count is the whole.
    evidenceTotal: Math.max(count, evidence.length),
  };
}
