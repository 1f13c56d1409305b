import { type DateRange, type EdgeRecord, type GraphStore, type NodeLabel, type NodeRecord, overlaps, RELATIONSHIP_TYPES, type RelationshipType, smallest } from '../domain/index.js';
import { derived } from './derived.js';
import { toElements } from './presenters.js';
import { requireNode } from './require-node.js';
import type { Neighbourhood } from './types.js';

export interface NeighbourhoodOptions extends DateRange {
  readonly depth: number;
  /** Node labels to keep (the centre always stays); all when absent. */
  readonly labels?: readonly NodeLabel[];
  /** Relationship types to follow; all but MENTIONS when absent. */
  readonly types?: readonly RelationshipType[];
  /** Most nodes to return; past it the answer is cut and `truncated` set. */
  readonly limit: number;
}

const WITHOUT_MENTIONS = RELATIONSHIP_TYPES.filter((type) => type !== 'MENTIONS');

/**
 * The ego network of a node: breadth-first to `depth` hops over the allowed types, keeping edges
 * whose dates overlap the range and nodes of the allowed labels, nearest first and in id order
 * within a hop, so a cut keeps the closest nodes.
 */
export async function neighbourhood(store: GraphStore, id: string, options: NeighbourhoodOptions): Promise<Neighbourhood> {
  if (store.neighbourhood) {
    // One round trip where the store offers it (Neo4j); the same answer as the walk below.
    const found = (await store.neighbourhood(id, options)) ?? (await requireNode(store, id), null);
    if (found) return { center: id, depth: options.depth, elements: toElements(found.nodes, found.edges), truncated: found.truncated };
  }
  const center = await requireNode(store, id);
  const labels = options.labels ? new Set<string>(options.labels) : null;
  const types = options.types ?? WITHOUT_MENTIONS;
  const nodes = new Map<string, NodeRecord>([[id, center]]);
  const edges = new Map<string, EdgeRecord>();
  let truncated = false;
  let frontier = [id];
  for (let hop = 1; hop <= options.depth && frontier.length > 0 && !truncated; hop++) {
    const candidates = new Map<string, EdgeRecord[]>();
    for (const nodeId of frontier) {
      for (const edge of await store.edgesOf(nodeId, { types })) {
        if (!overlaps(edge.attributes.firstDate, edge.attributes.lastDate, options)) continue;
        const other = edge.source === nodeId ? edge.target : edge.source;
        if (nodes.has(other)) edges.set(edge.id, edge);
        else {
          const list = candidates.get(other);
          if (list) list.push(edge);
          else candidates.set(other, [edge]);
        }
      }
    }
    // Nearest first and in id order within a hop: without a label filter only the ids that fit
    // (and one more, to know the answer was cut) need reading; a hub has thousands.
    const wanted = labels ? [...candidates.keys()].sort() : smallest(candidates.keys(), Math.max(0, options.limit - nodes.size) + 1);
    const reached = (await store.getNodes(wanted)).filter((node) => !labels || labels.has(node.attributes.label));
    const next: string[] = [];
    for (const node of reached) {
      if (nodes.size >= options.limit) {
        truncated = true;
        break;
      }
      nodes.set(node.id, node);
      next.push(node.id);
      for (const edge of candidates.get(node.id)!) edges.set(edge.id, edge);
    }
    frontier = next;
  }
  await addEdgesAmongLastHop(store, frontier, nodes, edges, types, options);
  return { center: id, depth: options.depth, elements: toElements(nodes.values(), edges.values()), truncated };
}

/** The outermost hop was not expanded, but edges among kept nodes belong in the picture. */
async function addEdgesAmongLastHop(
  store: GraphStore,
  frontier: readonly string[],
  nodes: ReadonlyMap<string, NodeRecord>,
  edges: Map<string, EdgeRecord>,
  types: readonly RelationshipType[],
  range: DateRange,
): Promise<void> {
  for (const nodeId of frontier) {
    const byOther = await edgesByOtherEnd(store, nodeId, types);
    // A hub in the last hop (Korea has thousands of edges) is looked up by the kept nodes instead.
    const others = byOther.size <= nodes.size ? byOther.keys() : nodes.keys();
    for (const other of others) {
      if (!nodes.has(other)) continue;
      for (const edge of byOther.get(other) ?? []) {
        if (overlaps(edge.attributes.firstDate, edge.attributes.lastDate, range)) edges.set(edge.id, edge);
      }
    }
  }
}

/** Fewer edges than this are grouped on each ask; a node with more keeps its grouping (embedded store). */
const KEPT_FROM = 64;

/** A node's edges of the given types by their other end (a self-loop under the node itself). */
async function edgesByOtherEnd(store: GraphStore, nodeId: string, types: readonly RelationshipType[]): Promise<ReadonlyMap<string, readonly EdgeRecord[]>> {
  const list = await store.edgesOf(nodeId, { types });
  const group = async () => {
    const byOther = new Map<string, EdgeRecord[]>();
    for (const edge of list) {
      const other = edge.source === nodeId ? edge.target : edge.source;
      const same = byOther.get(other);
      if (same) same.push(edge);
      else byOther.set(other, [edge]);
    }
    return byOther;
  };
  return list.length < KEPT_FROM ? group() : derived(store, `edges-by-other:${nodeId}|${[...types].sort().join(',')}`, group);
}
