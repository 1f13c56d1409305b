export { createEmbeddedStore } from './embedded-store.js';
export { mergeEdgeAttributes, mergeNodeAttributes, compareEvidence } from './merge-records.js';
export { readSnapshot, writeSnapshot } from './snapshot.js';
export type { SnapshotMeta, SnapshotMetaInput, SnapshotCounts } from './snapshot-meta.js';
