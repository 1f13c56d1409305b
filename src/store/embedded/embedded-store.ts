import { MultiDirectedGraph } from 'graphology';
import { InvalidRequestError, NotSupportedError, type EdgeAttributes, type EdgeRecord, type GraphData, type NodeAttributes, type NodeRecord, type NodeLabel, type RelationshipType, type CypherResult, type EdgeQuery, type GraphStore, type LoadReport, type PathQuery, type PathRecord, type StoreCounts, compareStrings } from '../../domain/index.js';
import { mergeEdgeAttributes, mergeNodeAttributes } from '../merge-records.js';
import { adjacencyOf, type CompactAdjacency } from './compact-adjacency.js';
import { compactIncidence, type CompactIncidence } from './compact-incidence.js';
import { compactEdgesOf } from './compact-edges-of.js';
import { embeddedNeighbourhood, type HubNeighbours } from './embedded-neighbourhood.js';
import { allShortestPaths } from './shortest-paths.js';
import { embeddedConnection } from './embedded-connection.js';

/** The graph an embedded store keeps its records in. */
export type StoreGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
type Graph = StoreGraph;

/** An empty graph of the kind the embedded store holds (directed, parallel edges, self-loops). */
export function emptyStoreGraph(): StoreGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
}

/**
 * The in-memory GraphStore over a graphology MultiDirectedGraph: what `serve` uses when no Neo4j
 * is configured, loaded from the snapshot. Optionally starts with `graph` loaded.
 */
export function createEmbeddedStore(graph?: GraphData): GraphStore {
  const g = emptyStoreGraph();
  if (graph) loadFresh(g, graph);
  return embeddedStoreOver(g);
}

/**
 * createEmbeddedStore's variant over a graph already filled (by openSnapshotStore, straight from
 * the file). The store owns `g` from then on.
 */
export function embeddedStoreOver(g: StoreGraph): GraphStore {
  // Each node's edges as sorted records, built on first ask: the API walks the same hubs
  // (a country, a ministry) on nearly every request. Any load or clear forgets them.
  const incident = new Map<string, EdgeRecord[]>();
  // Every edge but MENTIONS as numbered runs, and the path search's default adjacency drawn from
  // them: built by the first question that needs them after a load (the warm-up asks one).
  let incidence: CompactIncidence | null = null;
  let adjacency: CompactAdjacency | null = null;
  const incidenceNow = () => (incidence ??= compactIncidence(g));
  const adjacencyNow = () => (adjacency ??= adjacencyOf(incidenceNow()));
  // Typed edge lists of nodes with long runs (a country's MET edges), kept until the graph changes.
  const typedLists = new Map<string, EdgeRecord[]>();
  const forget = () => {
    incident.clear();
    hubs.clear();
    typedLists.clear();
    incidence = null;
    adjacency = null;
  };
  const hubs: HubNeighbours = new Map();
  return {
    backend: 'embedded',
    capabilities: Object.freeze({ cypher: false }),
    load: async (data) => {
      forget();
      return loadInto(g, data);
    },
    counts: async () => countsOf(g),
    getNode: async (id) => (g.hasNode(id) ? nodeRecord(g, id) : null),
    getNodes: async (ids) => [...new Set(ids)].filter((id) => g.hasNode(id)).sort(compareStrings).map((id) => nodeRecord(g, id)),
    listNodes: async (labels) => listNodes(g, labels),
    getEdge: async (id) => (g.hasEdge(id) ? edgeRecord(g, id) : null),
    edgesOf: async (id, query) =>
      query?.types && !query.types.includes('MENTIONS') ? compactEdgesOf(incidenceNow(), typedLists, id, query.types, query.direction) : edgesOf(incidentEdges(g, incident, id), id, query),
    neighbourhood: async (id, query) => embeddedNeighbourhood(g, incidenceNow, hubs, id, query),
    listEdges: async (types) => edgesOfTypes(g, types),
    shortestPaths: async (from: string, to: string, query: PathQuery): Promise<PathRecord[]> =>
      allShortestPaths(g, from, to, query, (node) => incidentEdges(g, incident, node), adjacencyNow, incidenceNow),
    connection: async (from, to, query) => embeddedConnection(g, from, to, allShortestPaths(g, from, to, query, (node) => incidentEdges(g, incident, node), adjacencyNow, incidenceNow)),
    cypher: async (): Promise<CypherResult> => {
      throw new NotSupportedError(
        'CYPHER_NOT_SUPPORTED',
        'Cypher queries need the Neo4j backend; the embedded snapshot store cannot run them. Start Neo4j with `npm run neo4j:start`, then set NEO4J_URI (e.g. NEO4J_URI=bolt://localhost:7687) and restart `tradegraph serve`.',
      );
    },
    clear: async () => {
      forget();
      g.clear();
    },
    close: async () => undefined,
  };
}

/**
 * The first load into an empty graph: nothing to merge with, so each record is added as it is
 * (a large snapshot loads in a fraction of loadInto's time). Ends are checked first, as loadInto does;
 * a key given twice falls back to loadInto, which merges.
 */
function loadFresh(g: Graph, data: GraphData): void {
  const ids = new Set(data.nodes.map((n) => n.id));
  for (const edge of data.edges) {
    const missing = ids.has(edge.source) ? (ids.has(edge.target) ? null : edge.target) : edge.source;
    if (missing !== null) throw new InvalidRequestError('EDGE_ENDPOINT_MISSING', `Edge ${edge.id} points at node ${missing}, which is not in the loaded graph; load its nodes with it.`);
  }
  try {
    for (const { id, attributes } of data.nodes) g.addNode(id, attributes);
    for (const { id, source, target, attributes } of data.edges) g.addDirectedEdgeWithKey(id, source, target, attributes);
  } catch {
    // A node or edge key given twice: start again the slow way, which merges them.
    g.clear();
    loadInto(g, data);
  }
}

/** Checks the whole batch first so a bad edge leaves the store untouched. */
function loadInto(g: Graph, data: GraphData): LoadReport {
  const incomingNodes = new Set(data.nodes.map((n) => n.id));
  for (const edge of data.edges) {
    for (const end of [edge.source, edge.target]) {
      if (!g.hasNode(end) && !incomingNodes.has(end)) {
        throw new InvalidRequestError('EDGE_ENDPOINT_MISSING', `Edge ${edge.id} points at node ${end}, which is neither stored nor in the loaded graph; load its nodes with it.`);
      }
    }
    if (g.hasEdge(edge.id) && (g.source(edge.id) !== edge.source || g.target(edge.id) !== edge.target)) {
      throw new InvalidRequestError('EDGE_ENDPOINTS_CHANGED', `Edge ${edge.id} is stored as ${g.source(edge.id)} -> ${g.target(edge.id)} but loaded as ${edge.source} -> ${edge.target}; an edge id names one pair of endpoints.`);
    }
  }
  const report = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
  for (const { id, attributes } of data.nodes) {
    if (g.hasNode(id)) {
      g.replaceNodeAttributes(id, mergeNodeAttributes(g.getNodeAttributes(id), attributes));
      report.nodesUpdated++;
    } else {
      g.addNode(id, attributes);
      report.nodesCreated++;
    }
  }
  for (const { id, source, target, attributes } of data.edges) {
    if (g.hasEdge(id)) {
      g.replaceEdgeAttributes(id, mergeEdgeAttributes(g.getEdgeAttributes(id), attributes));
      report.edgesUpdated++;
    } else {
      g.addDirectedEdgeWithKey(id, source, target, attributes);
      report.edgesCreated++;
    }
  }
  return report;
}

function countsOf(g: Graph): StoreCounts {
  const nodesByLabel: Record<string, number> = {};
  const edgesByType: Record<string, number> = {};
  g.forEachNode((_id, attrs) => (nodesByLabel[attrs.label] = (nodesByLabel[attrs.label] ?? 0) + 1));
  g.forEachEdge((_id, attrs) => (edgesByType[attrs.type] = (edgesByType[attrs.type] ?? 0) + 1));
  return { nodesByLabel: sortKeys(nodesByLabel), edgesByType: sortKeys(edgesByType) };
}

function listNodes(g: Graph, labels?: readonly NodeLabel[]): NodeRecord[] {
  const wanted = labels ? new Set<string>(labels) : null;
  return g
    .filterNodes((_id, attrs) => !wanted || wanted.has(attrs.label))
    .sort(compareStrings)
    .map((id) => nodeRecord(g, id));
}

/**
 * Every edge of these types, sorted by id: one pass over the graph, where asking edgesOf of every
 * organisation (the posts) built and kept each one's whole edge list, its MENTIONS included.
 */
function edgesOfTypes(g: Graph, types: readonly RelationshipType[]): EdgeRecord[] {
  const wanted = new Set<string>(types);
  return g
    .filterEdges((_id, attributes) => wanted.has(attributes.type))
    .sort(compareStrings)
    .map((id) => edgeRecord(g, id));
}

/** Every edge touching `id`, each once (a self-loop too), sorted by id; cached until the graph changes. */
function incidentEdges(g: Graph, cache: Map<string, EdgeRecord[]>, id: string): EdgeRecord[] {
  let records = cache.get(id);
  if (!records) {
    records = g.hasNode(id) ? [...new Set(g.edges(id))].sort(compareStrings).map((edge) => edgeRecord(g, edge)) : [];
    if (g.hasNode(id)) cache.set(id, records);
  }
  return records;
}

/** Filtered incident lists by incident-edge array (replaced whenever the graph changes) and query. */
const filteredCache = new WeakMap<readonly EdgeRecord[], Map<string, EdgeRecord[]>>();

/** The edges of `incident` that match the query; a hub's lists are kept, as most answers walk Korea. */
function edgesOf(incident: readonly EdgeRecord[], id: string, query: EdgeQuery = {}): EdgeRecord[] {
  const direction = query.direction ?? 'both';
  if (direction === 'both' && !query.types) return [...incident];
  const key = `${direction}:${query.types ? [...query.types].sort().join(',') : ''}`;
  let byQuery = filteredCache.get(incident);
  if (!byQuery) filteredCache.set(incident, (byQuery = new Map()));
  let list = byQuery.get(key);
  if (!list) byQuery.set(key, (list = filterEdges(incident, id, direction, query.types)));
  return [...list];
}

function filterEdges(incident: readonly EdgeRecord[], id: string, direction: 'out' | 'in' | 'both', only?: readonly RelationshipType[]): EdgeRecord[] {
  const types = only ? new Set<RelationshipType>(only) : null;
  return incident.filter(
    (edge) =>
      (direction === 'both' || (direction === 'out' ? edge.source === id : edge.target === id)) &&
      (!types || types.has(edge.attributes.type)),
  );
}

function nodeRecord(g: Graph, id: string): NodeRecord {
  return { id, attributes: g.getNodeAttributes(id) };
}

function edgeRecord(g: Graph, id: string): EdgeRecord {
  return { id, source: g.source(id), target: g.target(id), attributes: g.getEdgeAttributes(id) };
}

function sortKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => compareStrings(a, b)));
}
