export { openedSnapshot, openStore, openStoreDetailed, type OpenedStore } from './open-store.js';
export { createEmbeddedStore, readSnapshot, readSnapshotHeader, writeSnapshot, type SnapshotMeta, type SnapshotMetaInput, type SnapshotInputFile, type SnapshotBuildOptions } from './embedded/index.js';
