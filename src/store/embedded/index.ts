export { createEmbeddedStore } from './embedded-store.js';
export { openSnapshotStore } from './open-snapshot-store.js';
export { readSnapshot, readSnapshotHeader, streamSnapshot, writeSnapshot } from './snapshot.js';
export type { SnapshotMeta, SnapshotMetaInput, SnapshotCounts, SnapshotInputFile, SnapshotBuildOptions } from './snapshot-meta.js';
