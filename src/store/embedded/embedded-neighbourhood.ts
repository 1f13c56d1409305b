import { compareStrings, overlaps, RELATIONSHIP_TYPES, smallest, type EdgeAttributes, type EdgeRecord, type NeighbourhoodQuery, type NeighbourhoodRecords, type NodeRecord } from '../../domain/index.js';
import type { StoreGraph } from './embedded-store.js';

const WITHOUT_MENTIONS = RELATIONSHIP_TYPES.filter((type) => type !== 'MENTIONS');

/**
 * The neighbourhood as query/neighbourhood's walk defines it (breadth-first over the allowed
 * types and overlapping dates, nearest first and in id order within a hop, cut at `limit` nodes,
 * then every allowed edge among the kept nodes), read straight from the graph: no node's edge list
 * is built, sorted or kept. The walk over edgesOf built and cached the whole edge list (MENTIONS
 * included) of each of up to 300 reached nodes per request, 100 ms for a new hub at 1000×.
 * Null when the centre is unknown. `hubDegree` is lowered only by tests, so small graphs have hubs.
 */
export function embeddedNeighbourhood(g: StoreGraph, hubs: HubNeighbours, id: string, query: NeighbourhoodQuery, hubDegree = HUB_DEGREE): NeighbourhoodRecords | null {
  if (!g.hasNode(id)) return null;
  const labels = query.labels ? new Set<string>(query.labels) : null;
  const types = new Set<string>(query.types ?? WITHOUT_MENTIONS);
  const typesKey = [...types].sort().join(',');
  const undated = !query.from && !query.to;
  const follows = (attributes: EdgeAttributes) => types.has(attributes.type) && overlaps(attributes.firstDate, attributes.lastDate, query);
  const kept = new Set<string>([id]);
  let truncated = false;
  let frontier = [id];
  for (let hop = 1; hop <= query.depth && frontier.length > 0 && !truncated; hop++) {
    const candidates = new Set<string>();
    const need = Math.max(0, query.limit - kept.size) + 1;
    for (const nodeId of frontier) {
      if (undated && g.degree(nodeId) >= hubDegree) {
        // Only a hub's `need` smallest new neighbours can be among the hop's `need` smallest.
        let taken = 0;
        for (const other of hubNeighbours(g, hubs, nodeId, types, typesKey)) {
          if (kept.has(other)) continue;
          candidates.add(other);
          if (!labels && ++taken >= need) break;
        }
        continue;
      }
      g.forEachEdge(nodeId, (_edge, attributes, source, target) => {
        const other = source === nodeId ? target : source;
        if (!kept.has(other) && follows(attributes)) candidates.add(other);
      });
    }
    // Without a label filter only the ids that fit (and one more, to know the answer was cut) matter.
    const wanted = labels ? [...candidates].sort(compareStrings).filter((other) => labels.has(g.getNodeAttribute(other, 'label'))) : smallest(candidates, Math.max(0, query.limit - kept.size) + 1);
    const next: string[] = [];
    for (const other of wanted) {
      if (kept.size >= query.limit) {
        truncated = true;
        break;
      }
      kept.add(other);
      next.push(other);
    }
    frontier = next;
  }
  return { nodes: [...kept].sort(compareStrings).map((node) => ({ id: node, attributes: g.getNodeAttributes(node) }) satisfies NodeRecord), edges: edgesAmong(g, kept, follows), truncated };
}

/** A node with at least this many edges is a hub: its neighbours are kept sorted (per followed types). */
const HUB_DEGREE = 2_000;

/** Hub id and followed types → the hub's distinct neighbours by those types, in id order; forgotten on every load. */
export type HubNeighbours = Map<string, readonly string[]>;

/**
 * A hub's neighbours in id order, listed once: a country has tens of thousands of edges, which a
 * neighbourhood centred on it walked on every request (65 ms at 1000×) to keep its 300 smallest.
 */
function hubNeighbours(g: StoreGraph, hubs: HubNeighbours, hub: string, types: ReadonlySet<string>, typesKey: string): readonly string[] {
  const key = `${hub}|${typesKey}`;
  let sorted = hubs.get(key);
  if (!sorted) {
    const others = new Set<string>();
    g.forEachEdge(hub, (_edge, attributes, source, target) => {
      if (types.has(attributes.type)) others.add(source === hub ? target : source);
    });
    hubs.set(key, (sorted = [...others].sort(compareStrings)));
  }
  return sorted;
}

/**
 * Every followed edge with both ends kept, sorted by id. Each node's edges are read from the
 * cheaper side: its own edges when it has few, else its edges to each kept node (a hub such as a
 * country has tens of thousands, the kept nodes at most a few hundred).
 */
function edgesAmong(g: StoreGraph, kept: ReadonlySet<string>, follows: (attributes: EdgeAttributes) => boolean): EdgeRecord[] {
  const found = new Map<string, EdgeRecord>();
  const take = (edge: string, attributes: EdgeAttributes, source: string, target: string) => {
    if (!found.has(edge) && kept.has(source) && kept.has(target) && follows(attributes)) found.set(edge, { id: edge, source, target, attributes });
  };
  for (const node of kept) {
    if (g.degree(node) <= 2 * kept.size) g.forEachEdge(node, take);
    else for (const other of kept) g.forEachEdge(node, other, take);
  }
  return [...found.values()].sort((x, y) => compareStrings(x.id, y.id));
}
