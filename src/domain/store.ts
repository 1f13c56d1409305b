import type { EdgeRecord, GraphData, NodeRecord } from './graph.js';
import type { NodeLabel, RelationshipType } from './labels.js';
import type { StoreBackend } from './store-backends.js';

export type Direction = 'out' | 'in' | 'both';

export interface EdgeQuery {
  readonly types?: readonly RelationshipType[];
  readonly direction?: Direction;
}

export interface PathQuery {
  /** Relationship types a path may use; all but MENTIONS when absent. */
  readonly types?: readonly RelationshipType[];
  readonly maxDepth: number;
  /** At most this many shortest paths. */
  readonly limit: number;
  /**
   * For connection(): the answer shows at most this many sentences per edge, so a store may cut
   * each edge's evidence to them (its `count` still says how many there are).
   */
  readonly evidenceLimit?: number;
}

/** A path as alternating node ids and edge ids: nodes.length === edges.length + 1. */
export interface PathRecord {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

/** The ego network of a node, as query/neighbourhood defines it (breadth-first, nearest first, id order). */
export interface NeighbourhoodQuery {
  readonly depth: number;
  /** Node labels a reached node must have (the centre always stays); any when absent. */
  readonly labels?: readonly NodeLabel[];
  /** Relationship types to follow; all but MENTIONS when absent. */
  readonly types?: readonly RelationshipType[];
  /** Inclusive ISO days an edge's [firstDate, lastDate] must overlap; either end open. */
  readonly from?: string;
  readonly to?: string;
  /** Most nodes, the centre included. */
  readonly limit: number;
}

/**
 * The records as a drawing needs them: a store may leave out nodes' `text` and `sources` and
 * edges' `evidence` and `docIds` (empty lists then), which query/presenters drops anyway, and give
 * nodes' documents as their number (NodeRecord.docCount) instead of `docIds` (a drawing shows only
 * the number; a hub's ids run to thousands).
 */
export interface NeighbourhoodRecords {
  readonly nodes: readonly NodeRecord[];
  readonly edges: readonly EdgeRecord[];
  /** Some node within reach was left out for the limit. */
  readonly truncated: boolean;
}

/**
 * Shortest paths with every node and edge on them, whole but for what the path answer does not
 * show: as in NeighbourhoodRecords, nodes' `text`, `sources` and `docIds` and edges' `docIds` may
 * be left out, and evidence cut to PathQuery.evidenceLimit.
 */
export interface ConnectionRecords {
  readonly paths: readonly PathRecord[];
  readonly nodes: readonly NodeRecord[];
  readonly edges: readonly EdgeRecord[];
}

export interface LoadReport {
  readonly nodesCreated: number;
  readonly nodesUpdated: number;
  readonly edgesCreated: number;
  readonly edgesUpdated: number;
}

export interface StoreCounts {
  readonly nodesByLabel: Readonly<Record<string, number>>;
  readonly edgesByType: Readonly<Record<string, number>>;
}

export interface CypherResult {
  readonly columns: readonly string[];
  /** Rows as plain JSON values; nodes and relationships become { id, label(s)/type, properties }. */
  readonly rows: readonly (readonly unknown[])[];
  readonly nodes: readonly NodeRecord[];
  readonly edges: readonly EdgeRecord[];
  readonly truncated: boolean;
}

export interface StoreCapabilities {
  /** The backend runs user-written read-only Cypher. */
  readonly cypher: boolean;
}

/**
 * Storage behind one interface: the embedded graphology snapshot and Neo4j answer every method
 * the same for the same graph (tests/contract proves it). Every list comes back sorted by id.
 */
export interface GraphStore {
  readonly backend: StoreBackend;
  readonly capabilities: StoreCapabilities;
  /** Merges a graph in idempotently: same ids update, new ids are added, provenance is unioned. */
  load(graph: GraphData): Promise<LoadReport>;
  counts(): Promise<StoreCounts>;
  getNode(id: string): Promise<NodeRecord | null>;
  getNodes(ids: readonly string[]): Promise<NodeRecord[]>;
  listNodes(labels?: readonly NodeLabel[]): Promise<NodeRecord[]>;
  getEdge(id: string): Promise<EdgeRecord | null>;
  /** Edges touching a node (`out`: node is source). */
  edgesOf(id: string, query?: EdgeQuery): Promise<EdgeRecord[]>;
  /** Every shortest path between two nodes up to maxDepth, ordered by their node-id sequences. */
  shortestPaths(from: string, to: string, query: PathQuery): Promise<PathRecord[]>;
  /**
   * Optional, for a backend where a round trip costs: the neighbourhood in one request; null when
   * the centre is unknown. Without it, query/ walks edgesOf hop by hop. Same answer either way
   * (the API parity tests hold both backends to it).
   */
  neighbourhood?(id: string, query: NeighbourhoodQuery): Promise<NeighbourhoodRecords | null>;
  /** Optional, as neighbourhood: shortestPaths with their records in one request; null when an end is unknown. */
  connection?(from: string, to: string, query: PathQuery): Promise<ConnectionRecords | null>;
  /**
   * Optional, as neighbourhood: every edge of these types in one request per type, sorted by id,
   * for a question over a whole kind of relation (posts) that would otherwise ask edgesOf of every node.
   */
  listEdges?(types: readonly RelationshipType[]): Promise<EdgeRecord[]>;
  /**
   * Optional, as neighbourhood: the other end of each edge edgesOf would give, in its order (a node
   * twice when two edges reach it), for a question that needs only where edges lead (the events a
   * person attended): edgesOf reads every edge's evidence, hundreds of KB for an official.
   */
  linkedIds?(id: string, query?: EdgeQuery): Promise<string[]>;
  /**
   * Optional, as neighbourhood: getNodes as drawn (NeighbourhoodRecords), without text, sources
   * and docIds (docCount instead), for answers that show a summary or a document reference: a
   * release's text is kilobytes and a hub's docIds thousands, which getNodes reads and sends.
   */
  drawnNodes?(ids: readonly string[]): Promise<NodeRecord[]>;
  /**
   * Optional, as drawnNodes: every edge touching a node (edgesOf with no query) as drawn, evidence
   * and docIds empty, for an answer that only counts and lists them: Korea's 6,000 edges carry
   * megabytes of evidence.
   */
  drawnEdgesOf?(id: string): Promise<EdgeRecord[]>;
  /** Read-only user Cypher; throws NotSupportedError where capabilities.cypher is false. */
  cypher(query: string, params: Readonly<Record<string, unknown>>, options: { timeoutMs: number; rowLimit: number }): Promise<CypherResult>;
  /** Removes everything (tests and `build --fresh`). */
  clear(): Promise<void>;
  close(): Promise<void>;
}
