import type { SnapshotMeta } from './snapshot-meta.js';

/** The `format` field of every JSON Lines snapshot's first line. */
export const SNAPSHOT_FORMAT = 'tradegraph-snapshot';

/** The layout version written; 1 was one JSON document (graphology's export), read but never written. */
export const FORMAT_VERSION = 2;

/** How many lines of each table follow the header, in this order. */
export interface SnapshotTables {
  readonly sentences: number;
  readonly evidence: number;
}

/**
 * Line 1 of a snapshot. Then, one JSON value a line, in this order: `tables.sentences` sentence
 * strings; `tables.evidence` evidence objects whose `sentence` is an index into the sentences;
 * `counts.nodes` nodes `{key, attributes}`; `counts.edges` edges (see EdgeRow) whose ends are
 * indexes into the nodes and whose `attributes.evidence` lists indexes into the evidence. Each
 * sentence and each piece of evidence is stored once however many edges cite it.
 */
export interface SnapshotHeader extends SnapshotMeta {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly tables: SnapshotTables;
}

/** The first line of a version-1 (single JSON document) snapshot begins with this. */
export const LEGACY_PREFIX = '{"attributes":';
