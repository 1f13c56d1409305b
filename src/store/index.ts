export { openStore, openStoreDetailed, type OpenedStore } from './open-store.js';
export { createEmbeddedStore, readSnapshot, writeSnapshot, type SnapshotMeta, type SnapshotMetaInput } from './embedded/index.js';
