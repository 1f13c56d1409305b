import { SnapshotError, type Evidence, type GraphData, stableStringify } from '../../domain/index.js';
import { nodeFs, writeFileAtomic, type AtomicWriteFs, type ChunkWriter } from './snapshot-atomic-write.js';
import { encodeEdgeLine } from './snapshot-edge-row.js';
import { evidenceTable, type EvidenceRow, type EvidenceTable } from './snapshot-evidence-table.js';
import { FORMAT_VERSION, SNAPSHOT_FORMAT, type SnapshotHeader } from './snapshot-format.js';
import { countGraph, type SnapshotMeta, type SnapshotMetaInput } from './snapshot-meta.js';
import { edgeHash, nodeHash } from '../content-hash.js';

export interface WriteSnapshotOptions {
  readonly fs?: AtomicWriteFs;
  /** Lines are handed to the file in chunks of at most this many bytes (or one longer line). */
  readonly chunkBytes?: number;
}

const DEFAULTS = { fs: nodeFs, chunkBytes: 1 << 20 };

/**
 * Writes the graph to `path` as JSON Lines (see SnapshotHeader): a header, the sentence and
 * evidence tables, the nodes, the edges citing evidence by index. Keys are sorted and nothing
 * varies between runs unless `builtAt` is given, so the same graph and inputs give byte-identical
 * files. Streamed in chunks, so the size is bounded by the disk, not by V8's string limit; atomic
 * (temp file, fsync, rename) and creates the folder. Returns what the snapshot now says about itself.
 */
export async function writeSnapshot(path: string, graph: GraphData, meta: SnapshotMetaInput, options: WriteSnapshotOptions = {}): Promise<SnapshotMeta> {
  const settings = { ...DEFAULTS, ...options };
  const table = evidenceTable(graph);
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    formatVersion: FORMAT_VERSION,
    schemaVersion: graph.schemaVersion,
    ...(meta.builtAt ? { builtAt: meta.builtAt } : {}),
    inputs: [...meta.inputs],
    ...(meta.files ? { files: meta.files.map(({ path: file, bytes, sha256 }) => ({ path: file, bytes, sha256 })) } : {}),
    ...(meta.options ? { options: meta.options } : {}),
    counts: countGraph(graph),
    tables: { sentences: table.sentences.length, evidence: table.size },
  };
  try {
    await writeFileAtomic(
      path,
      async (write) => {
        const out = lineBuffer(write, settings.chunkBytes);
        for (const text of snapshotLines(header, table, graph)) {
          // A promise only when a chunk is full: awaiting every line cost a turn per line.
          const full = out.line(text);
          if (full) await full;
        }
        await out.flush();
      },
      settings.fs,
    );
  } catch (error) {
    throw new SnapshotError('SNAPSHOT_WRITE', `Could not write the snapshot ${path}: ${describeWriteError(error)} Any previous snapshot there is unchanged.`, {
      cause: error,
    });
  }
  const { format: _format, tables: _tables, ...written } = header;
  return written;
}

/** Names the cause as the system gave it; only a full disk is blamed on space. */
function describeWriteError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOSPC') return `the disk is full (${message}); free some space and build again.`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `${message}; check that the folder is writable.`;
  return `${message ?? String(error)}.`;
}

/** The file's lines in order: header, sentences, evidence, nodes, edges (see SnapshotHeader). */
function* snapshotLines(header: SnapshotHeader, table: EvidenceTable, graph: GraphData): Generator<string> {
  yield stableStringify(header);
  for (const sentence of table.sentences) yield JSON.stringify(sentence);
  for (const row of table.rows()) yield evidenceLine(row);
  const nodeIndex = new Map<string, number>();
  for (let i = 0; i < graph.nodes.length; i++) {
    const { id, attributes } = graph.nodes[i]!;
    nodeIndex.set(id, i);
    // The content hash a Neo4j load would otherwise compute for every record (carried-hashes.ts).
    yield `{"attributes":${stableStringify(attributes)},"hash":"${nodeHash(graph.nodes[i]!)}","key":${JSON.stringify(id)}}`;
  }
  const indexOf = (id: string) => nodeIndex.get(id);
  // The table keeps each edge's rows in the order its evidence is listed.
  let edgeIndex = 0;
  const rowOf = (_evidence: Evidence, position: number) => table.rowOf(edgeIndex, position);
  for (; edgeIndex < graph.edges.length; edgeIndex++) {
    const edge = graph.edges[edgeIndex]!;
    yield encodeEdgeLine(edge, indexOf, rowOf, edgeHash(edge));
  }
}

/** An evidence line as stableStringify writes the row (keys sorted), without the intermediate strings. */
function evidenceLine(row: EvidenceRow): string {
  const date = row.date === null ? 'null' : JSON.stringify(row.date);
  return `{"date":${date},"docId":${JSON.stringify(row.docId)},"end":${row.end},"sentence":${row.sentence},"sentenceStart":${row.sentenceStart},"start":${row.start}}`;
}

const NEWLINE = 0x0a;

/**
 * Encodes lines into one reused chunk of bytes and hands it to the file when the next line might
 * not fit: no array of lines, no joined chunk string, no new buffer per chunk. A line longer than
 * a chunk goes to the file on its own.
 */
function lineBuffer(write: ChunkWriter, chunkBytes: number): { line(text: string): Promise<void> | undefined; flush(): Promise<void> } {
  const buffer = Buffer.allocUnsafe(chunkBytes);
  let used = 0;
  const flush = async () => {
    if (used === 0) return;
    const filled = used;
    used = 0;
    await write(buffer.subarray(0, filled));
  };
  const put = (text: string) => {
    used += buffer.write(text, used);
    buffer[used++] = NEWLINE;
  };
  return {
    line: (text) => {
      // A UTF-16 code unit takes at most 3 bytes in UTF-8.
      const most = text.length * 3 + 1;
      if (used + most <= buffer.length) {
        put(text);
        return undefined;
      }
      return (async () => {
        await flush();
        if (most <= buffer.length) put(text);
        else await write(Buffer.from(`${text}\n`, 'utf8'));
      })();
    },
    flush,
  };
}
