import { compareStrings, overlaps, RELATIONSHIP_TYPES, smallest, type EdgeAttributes, type EdgeRecord, type NeighbourhoodQuery, type NeighbourhoodRecords, type NodeRecord } from '../../domain/index.js';
import type { StoreGraph } from './embedded-store.js';
import { entriesBetween, type CompactIncidence } from './compact-incidence.js';

const WITHOUT_MENTIONS = RELATIONSHIP_TYPES.filter((type) => type !== 'MENTIONS');

/**
 * The neighbourhood as query/neighbourhood's walk defines it (breadth-first over the allowed
 * types and overlapping dates, nearest first and in id order within a hop, cut at `limit` nodes,
 * then every allowed edge among the kept nodes), read straight from the graph: no node's edge list
 * is built, sorted or kept. The walk over edgesOf built and cached the whole edge list (MENTIONS
 * included) of each of up to 300 reached nodes per request, 100 ms for a new hub at 1000×.
 * Null when the centre is unknown. Types without MENTIONS (every question but one naming it) are
 * answered from the store's compact incidence (`incidence`, built on first ask), the rest from the
 * graph. `hubDegree` is lowered only by tests, so small graphs have hubs.
 */
export function embeddedNeighbourhood(g: StoreGraph, incidence: () => CompactIncidence, hubs: HubNeighbours, id: string, query: NeighbourhoodQuery, hubDegree = HUB_DEGREE): NeighbourhoodRecords | null {
  if (!g.hasNode(id)) return null;
  if (!query.types?.includes('MENTIONS')) return compactNeighbourhood(g, incidence(), id, query);
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

/** Per incidence: a mark per node and per edge, reused by every request (a request is synchronous). */
interface Marks {
  readonly nodes: Int32Array;
  readonly edges: Int32Array;
  stamp: number;
}

const marksOf = new WeakMap<CompactIncidence, Marks>();

/**
 * Fresh stamps for one request: `base` marks a kept node (and a taken edge), `base + hop` a
 * candidate of that hop. Past 2^30 the marks are cleared and counting restarts.
 */
function stampsFor(incidence: CompactIncidence, depth: number): { marks: Marks; base: number } {
  let marks = marksOf.get(incidence);
  if (!marks) marksOf.set(incidence, (marks = { nodes: new Int32Array(incidence.ids.length), edges: new Int32Array(incidence.edgeKeys.length), stamp: 0 }));
  if (marks.stamp > 2 ** 30) {
    marks.nodes.fill(0);
    marks.edges.fill(0);
    marks.stamp = 0;
  }
  const base = marks.stamp + 1;
  marks.stamp += depth + 2;
  return { marks, base };
}

/**
 * embeddedNeighbourhood over the compact incidence (types without MENTIONS): the same walk, with a
 * node's run read in id order so that each frontier node gives at most the `need` smallest new
 * neighbours that pass the filters (only those can be among the hop's `need` smallest), and the
 * edges among kept nodes found by marks, a hub's by binary search for each kept node.
 */
function compactNeighbourhood(g: StoreGraph, incidence: CompactIncidence, id: string, query: NeighbourhoodQuery): NeighbourhoodRecords {
  const { ids, offsets, others, edges, edgeAttributes } = incidence;
  const labels = query.labels ? new Set<string>(query.labels) : null;
  const types = new Set<string>(query.types ?? WITHOUT_MENTIONS);
  const follows = (e: number) => {
    const attributes = edgeAttributes[e]!;
    return types.has(attributes.type) && overlaps(attributes.firstDate, attributes.lastDate, query);
  };
  const { marks, base } = stampsFor(incidence, query.depth);
  const mark = marks.nodes;
  const center = incidence.numberOf.get(id)!;
  const kept = [center];
  mark[center] = base;
  let truncated = false;
  let frontier = [center];
  for (let hop = 1; hop <= query.depth && frontier.length > 0 && !truncated; hop++) {
    const need = Math.max(0, query.limit - kept.length) + 1;
    const candidate = base + hop;
    const candidates: number[] = [];
    for (const node of frontier) {
      let taken = 0;
      for (let k = offsets[node]!, end = offsets[node + 1]!; k < end && taken < need; k++) {
        const other = others[k]!;
        if (mark[other] === base || mark[other] === candidate || !follows(edges[k]!)) continue;
        if (labels && !labels.has(g.getNodeAttribute(ids[other]!, 'label'))) continue;
        mark[other] = candidate;
        candidates.push(other);
        taken++;
      }
    }
    candidates.sort((x, y) => x - y);
    const next: number[] = [];
    for (const other of candidates) {
      if (kept.length >= query.limit) {
        truncated = true;
        break;
      }
      mark[other] = base;
      kept.push(other);
      next.push(other);
    }
    frontier = next;
  }
  kept.sort((x, y) => x - y);
  const among = compactEdgesAmong(incidence, kept, (n) => mark[n] === base, marks.edges, base, follows);
  return {
    nodes: kept.map((n) => ({ id: ids[n]!, attributes: g.getNodeAttributes(ids[n]!) }) satisfies NodeRecord),
    edges: among.map((e) => ({ id: incidence.edgeKeys[e]!, source: ids[incidence.sources[e]!]!, target: ids[incidence.targets[e]!]!, attributes: edgeAttributes[e]! }) satisfies EdgeRecord).sort((x, y) => compareStrings(x.id, y.id)),
    truncated,
  };
}

/** Edge numbers of every followed edge with both ends kept, each once: a node's run scanned when short, else looked up per kept node. */
function compactEdgesAmong(incidence: CompactIncidence, kept: readonly number[], isKept: (n: number) => boolean, taken: Int32Array, stamp: number, follows: (e: number) => boolean): number[] {
  const { offsets, others, edges } = incidence;
  const found: number[] = [];
  const take = (k: number) => {
    const e = edges[k]!;
    if (taken[e] !== stamp && follows(e)) {
      taken[e] = stamp;
      found.push(e);
    }
  };
  for (const node of kept) {
    if (offsets[node + 1]! - offsets[node]! <= 2 * kept.length) {
      for (let k = offsets[node]!, end = offsets[node + 1]!; k < end; k++) if (isKept(others[k]!)) take(k);
      continue;
    }
    for (const other of kept) {
      const [start, stop] = entriesBetween(incidence, node, other);
      for (let k = start; k < stop; k++) take(k);
    }
  }
  return found;
}
