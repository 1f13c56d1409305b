import { open, type FileHandle } from 'node:fs/promises';
import { SnapshotError, TradegraphError, type GraphData } from '../../domain/index.js';
import { SnapshotDecoder } from './snapshot-decoder.js';
import { LEGACY_PREFIX } from './snapshot-format.js';
import { parseHeader } from './snapshot-header.js';
import { legacyHeader, readLegacySnapshot } from './snapshot-legacy.js';
import { eachLine } from './snapshot-lines.js';
import type { SnapshotMeta } from './snapshot-meta.js';
import { corruptSnapshot } from './snapshot-problems.js';
import { recordsSink, type SnapshotSink } from './snapshot-sink.js';

export { writeSnapshot, type WriteSnapshotOptions } from './snapshot-write.js';

/**
 * Reads and checks a snapshot line by line, never holding the file as one string. Throws
 * SnapshotError SNAPSHOT_MISSING (no file), SNAPSHOT_VERSION (another format or schema version) or
 * SNAPSHOT_CORRUPT naming the file and the line (not JSON, a field missing, a table index or edge
 * end that does not exist, cut short). Version-1 (single JSON) snapshots are read too.
 */
export async function readSnapshot(path: string): Promise<{ graph: GraphData; meta: SnapshotMeta }> {
  const sink = recordsSink();
  const { meta, schemaVersion } = await streamSnapshot(path, sink);
  return { graph: { schemaVersion, nodes: sink.nodes, edges: sink.edges }, meta };
}

/**
 * readSnapshot's variant that hands each node and edge to `sink` as its line is read (nodes first),
 * so a store can be filled while the file streams by. Same checks and errors; a version-1 snapshot
 * is read whole, then handed over record by record.
 */
export async function streamSnapshot(path: string, sink: SnapshotSink): Promise<{ meta: SnapshotMeta; schemaVersion: number }> {
  const state: { decoder: SnapshotDecoder | null; legacy: boolean; line: number } = { decoder: null, legacy: false, line: 0 };
  await readLines(path, (text) => {
    const line = ++state.line;
    if (state.decoder) {
      state.decoder.line(text, line);
    } else if (text.startsWith(LEGACY_PREFIX)) {
      state.legacy = true;
      return false;
    } else {
      state.decoder = new SnapshotDecoder(path, parseHeader(path, text), sink);
    }
    return true;
  });
  if (state.legacy) {
    const { graph, meta } = await readLegacySnapshot(path);
    for (const { id, attributes } of graph.nodes) sink.node(id, attributes);
    for (const { id, source, target, attributes } of graph.edges) sink.edge(id, source, target, attributes);
    return { meta, schemaVersion: graph.schemaVersion };
  }
  if (!state.decoder) throw corruptSnapshot(path, null, 'the file is empty');
  return { meta: state.decoder.finish(state.line), schemaVersion: state.decoder.schemaVersion };
}

/**
 * What a snapshot says about itself, from its first line only: cheap enough to decide whether to
 * rebuild before anything reads the whole file. Same errors as readSnapshot for that line.
 */
export async function readSnapshotHeader(path: string): Promise<SnapshotMeta> {
  let meta: SnapshotMeta | null = null;
  await readLines(path, (text) => {
    if (text.startsWith(LEGACY_PREFIX)) {
      meta = legacyHeader(text);
      if (!meta) throw corruptSnapshot(path, 1, 'expecting the attributes of a version-1 snapshot on one line');
    } else {
      const { format: _format, tables: _tables, ...rest } = parseHeader(path, text);
      meta = rest;
    }
    return false;
  });
  if (!meta) throw corruptSnapshot(path, null, 'the file is empty');
  return meta;
}

async function readLines(path: string, onLine: (text: string) => boolean): Promise<void> {
  const handle = await openForReading(path);
  try {
    await eachLine(handle, onLine);
  } catch (error) {
    throw readFailure(path, error);
  } finally {
    await handle.close();
  }
}

/** Opens first so a missing file is told apart from one that fails while being read. */
async function openForReading(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new SnapshotError('SNAPSHOT_MISSING', `No snapshot at ${path}. Write one with \`tradegraph build INPUT... --out ${path}\` (or run \`tradegraph start\`).`, { cause: error });
    }
    throw new SnapshotError('SNAPSHOT_UNREADABLE', `Cannot read the snapshot ${path} (${code ?? (error as Error).message}); check its permissions.`, { cause: error });
  }
}

function readFailure(path: string, error: unknown): unknown {
  // Our own errors (a bad line, or the sink refusing a record) pass as they are; only I/O is wrapped.
  if (error instanceof TradegraphError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new SnapshotError('SNAPSHOT_UNREADABLE', `Reading the snapshot ${path} failed (${code ?? (error as Error).message}).`, { cause: error });
}
