import type { ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { SnapshotError } from '../../domain/errors.js';
import type { GraphData } from '../../domain/graph.js';
import { SnapshotDecoder } from './snapshot-decoder.js';
import { LEGACY_PREFIX } from './snapshot-format.js';
import { parseHeader } from './snapshot-header.js';
import { legacyHeader, readLegacySnapshot } from './snapshot-legacy.js';
import type { SnapshotMeta } from './snapshot-meta.js';
import { corruptSnapshot } from './snapshot-problems.js';

export { writeSnapshot, type WriteSnapshotOptions } from './snapshot-write.js';

/**
 * Reads and checks a snapshot line by line, never holding the file as one string. Throws
 * SnapshotError SNAPSHOT_MISSING (no file), SNAPSHOT_VERSION (another format or schema version) or
 * SNAPSHOT_CORRUPT naming the file and the line (not JSON, a field missing, a table index or edge
 * end that does not exist, cut short). Version-1 (single JSON) snapshots are read too.
 */
export async function readSnapshot(path: string): Promise<{ graph: GraphData; meta: SnapshotMeta }> {
  const stream = await openForReading(path);
  let decoder: SnapshotDecoder | null = null;
  let line = 0;
  try {
    for await (const text of lines(stream)) {
      line++;
      if (decoder) {
        decoder.line(text, line);
      } else if (text.startsWith(LEGACY_PREFIX)) {
        stream.destroy();
        return await readLegacySnapshot(path);
      } else {
        decoder = new SnapshotDecoder(path, parseHeader(path, text));
      }
    }
  } catch (error) {
    throw readFailure(path, error);
  } finally {
    stream.destroy();
  }
  if (!decoder) throw corruptSnapshot(path, null, 'the file is empty');
  return decoder.finish(line);
}

/**
 * What a snapshot says about itself, from its first line only: cheap enough to decide whether to
 * rebuild before anything reads the whole file. Same errors as readSnapshot for that line.
 */
export async function readSnapshotHeader(path: string): Promise<SnapshotMeta> {
  const stream = await openForReading(path);
  try {
    for await (const text of lines(stream)) {
      if (!text.startsWith(LEGACY_PREFIX)) {
        const { format: _format, tables: _tables, ...meta } = parseHeader(path, text);
        return meta;
      }
      const meta = legacyHeader(text);
      if (!meta) throw corruptSnapshot(path, 1, 'expecting the attributes of a version-1 snapshot on one line');
      return meta;
    }
  } catch (error) {
    throw readFailure(path, error);
  } finally {
    stream.destroy();
  }
  throw corruptSnapshot(path, null, 'the file is empty');
}

/** Opens first so a missing file is told apart from one that fails while being read. */
async function openForReading(path: string): Promise<ReadStream> {
  try {
    const handle = await open(path, 'r');
    return handle.createReadStream({ encoding: 'utf8', highWaterMark: 1 << 20, autoClose: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new SnapshotError('SNAPSHOT_MISSING', `No snapshot at ${path}. Write one with \`tradegraph build INPUT... --out ${path}\` (or run \`tradegraph start\`).`, { cause: error });
    }
    throw new SnapshotError('SNAPSHOT_UNREADABLE', `Cannot read the snapshot ${path} (${code ?? (error as Error).message}); check its permissions.`, { cause: error });
  }
}

function lines(stream: ReadStream): AsyncIterable<string> {
  return createInterface({ input: stream, crlfDelay: Infinity });
}

function readFailure(path: string, error: unknown): unknown {
  if (error instanceof SnapshotError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new SnapshotError('SNAPSHOT_UNREADABLE', `Reading the snapshot ${path} failed (${code ?? (error as Error).message}).`, { cause: error });
}
