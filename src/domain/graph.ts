import type { Evidence } from './evidence.js';
import type { NodeLabel, RelationshipType } from './labels.js';

/** Bumped whenever node or edge attributes change shape; snapshots of another version are refused. */
export const SCHEMA_VERSION = 1;

/** What the graph knows about one thing, as resolution settles it and as its node stores it. */
export interface EntityFacts<Label extends NodeLabel = NodeLabel> {
  readonly label: Label;
  /** Display name: the fullest form seen (a Document's title). */
  readonly name: string;
  /** Every other form seen, sorted, without `name`. */
  readonly aliases: readonly string[];
  /** Organization kind, Agreement kind or Event kind. */
  readonly kind?: string;
  readonly acronym?: string;
  /** ISO alpha-2: a person's or organisation's country, where an event was held; a Country's own code. */
  readonly country?: string;
  /** Agreement status as of the latest document that states one. */
  readonly status?: string;
  /** Agreement parties, ISO codes, sorted. */
  readonly parties?: readonly string[];
  /** Event date, or a Document's release date. */
  readonly date?: string;
  readonly endDate?: string;
  readonly location?: string;
}

/**
 * Attributes of every node. Flat (primitives and arrays of primitives) so that the same record
 * can be a Neo4j node's properties. Fields that do not apply to a label are absent.
 */
export interface NodeAttributes extends EntityFacts {
  /** Document fields. */
  readonly category?: string;
  readonly url?: string;
  readonly text?: string;
  /** `file#record` of every record a Document was read from. */
  readonly sources?: readonly string[];
  /** Dates of the first and last document that mentions the entity. */
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  /** Ids of the documents that mention the entity, sorted. */
  readonly docIds?: readonly string[];
}

/** Attributes of every edge: the type, its details and the evidence that supports it. */
export interface EdgeAttributes {
  readonly type: RelationshipType;
  /** HOLDS_POSITION title; ATTENDED role; PARTY_TO status; MENTIONS of an Agreement: the status that document states. */
  readonly title?: string;
  readonly role?: string;
  readonly status?: string;
  /** MET: the Event keys of the occasions the pair shared, sorted. */
  readonly eventIds?: readonly string[];
  /** RENAMED_TO: the day the new name took effect; MENTIONS of an Agreement: the day that document says it was signed or entered into force. */
  readonly date?: string;
  /** Earliest and latest document date among the evidence (positions: first seen, last seen). */
  readonly firstDate?: string;
  readonly lastDate?: string;
  /** Distinct documents that support the edge, sorted. */
  readonly docIds: readonly string[];
  /** How many evidence sentences support the edge. */
  readonly count: number;
  /** Sorted by (date, docId, start); never empty. */
  readonly evidence: readonly Evidence[];
}

export interface NodeRecord {
  readonly id: string;
  readonly attributes: NodeAttributes;
  /**
   * How many documents mention the node, where a store's drawing records give the number in place
   * of `attributes.docIds` (NeighbourhoodRecords, ConnectionRecords): a hub's ids run to thousands.
   */
  readonly docCount?: number;
}

export interface EdgeRecord {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly attributes: EdgeAttributes;
}

/** The whole graph as plain data: what build/ produces and both stores load. Sorted by id. */
export interface GraphData {
  readonly schemaVersion: number;
  readonly nodes: readonly NodeRecord[];
  readonly edges: readonly EdgeRecord[];
}
