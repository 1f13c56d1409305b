import type { GraphStore } from '../../domain/index.js';
import { embeddedStoreOver, emptyStoreGraph } from './embedded-store.js';
import { graphSink } from './graph-sink.js';
import type { SnapshotMeta } from './snapshot-meta.js';
import { streamSnapshot } from './snapshot.js';

/**
 * The embedded store filled straight from the snapshot at `path`, each node and edge added to the
 * graph as its line is decoded: what `serve` does at start. The same store as
 * createEmbeddedStore((await readSnapshot(path)).graph), without the lists of records in between.
 * Same errors as readSnapshot.
 */
export async function openSnapshotStore(path: string): Promise<{ store: GraphStore; meta: SnapshotMeta }> {
  const g = emptyStoreGraph();
  const { meta } = await streamSnapshot(path, graphSink(g));
  return { store: embeddedStoreOver(g), meta };
}
