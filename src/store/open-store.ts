import type { AppConfig } from '../config/index.js';
import type { GraphData, GraphStore } from '../domain/index.js';
import { createEmbeddedStore } from './embedded/embedded-store.js';
import type { SnapshotMeta } from './embedded/snapshot-meta.js';
import { openSnapshotStore } from './embedded/open-snapshot-store.js';

export interface OpenedStore {
  readonly store: GraphStore;
  /** What stats reports as build information: the snapshot's metadata, or the Neo4j address. */
  readonly build: Readonly<Record<string, unknown>> | null;
}

/**
 * The configured store with what is known about how it was built: Neo4j when config.neo4j is set
 * (the driver is only loaded then), else the embedded store loaded from config.snapshotPath.
 * Throws SnapshotError SNAPSHOT_MISSING when there is no snapshot, StoreError when Neo4j is down.
 */
export async function openStoreDetailed(config: AppConfig): Promise<OpenedStore> {
  if (config.neo4j) {
    const { createNeo4jStore } = await import('./neo4j/index.js');
    const store = await createNeo4jStore(config.neo4j);
    return { store, build: { neo4j: config.neo4j.uri, database: config.neo4j.database } };
  }
  const { store, meta } = await openSnapshotStore(config.snapshotPath);
  return { store, build: { snapshot: config.snapshotPath, ...meta } };
}

/** The embedded store over a graph already in memory (just read, or just built and written to `path`). */
export function openedSnapshot(path: string, graph: GraphData, meta: SnapshotMeta): OpenedStore {
  return { store: createEmbeddedStore(graph), build: { snapshot: path, ...meta } };
}

/** The configured store: Neo4j when config.neo4j is set, else the embedded snapshot. */
export async function openStore(config: AppConfig): Promise<GraphStore> {
  return (await openStoreDetailed(config)).store;
}
