import { SnapshotError, type Evidence, type GraphData, stableStringify } from '../../domain/index.js';
import { nodeFs, writeFileAtomic, type AtomicWriteFs } from './snapshot-atomic-write.js';
import { CLOSE_OBJECT, JsonLineBytes } from './json-line-bytes.js';
import { writeEdgeLine } from './snapshot-edge-row.js';
import { evidenceTable, type EvidenceTable } from './snapshot-evidence-table.js';
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
        const out = new JsonLineBytes(write, settings.chunkBytes);
        await writeLines(out, header, table, graph);
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

/**
 * Writes the file's lines in order: header, sentences, evidence, nodes, edges (see SnapshotHeader).
 * A line's end is awaited only when it handed a chunk to the file: awaiting every line cost a turn
 * per line, and a generator yielding each line's end made a result object per line.
 */
async function writeLines(out: JsonLineBytes, header: SnapshotHeader, table: EvidenceTable, graph: GraphData): Promise<void> {
  let ended: Promise<void> | undefined;
  out.raw(stableStringify(header));
  if ((ended = out.endLine())) await ended;
  for (const sentence of table.sentences) {
    out.string(sentence);
    if ((ended = out.endLine())) await ended;
  }
  for (let row = 0; row < table.size; row++) {
    writeEvidenceLine(out, table.evidenceOf(row), table.sentenceOf(row));
    if ((ended = out.endLine())) await ended;
  }
  const nodeIndex = new Map<string, number>();
  for (let i = 0; i < graph.nodes.length; i++) {
    const node = graph.nodes[i]!;
    nodeIndex.set(node.id, i);
    out.raw('{"attributes":');
    out.value(node.attributes);
    // The content hash a Neo4j load would otherwise compute for every record (carried-hashes.ts).
    out.raw(',"hash":');
    out.string(nodeHash(node));
    out.raw(',"key":');
    out.string(node.id);
    out.code(CLOSE_OBJECT);
    if ((ended = out.endLine())) await ended;
  }
  const indexOf = (id: string) => nodeIndex.get(id);
  // The table keeps each edge's rows in the order its evidence is listed.
  let edgeIndex = 0;
  const rowOf = (_evidence: Evidence, position: number) => table.rowOf(edgeIndex, position);
  for (; edgeIndex < graph.edges.length; edgeIndex++) {
    const edge = graph.edges[edgeIndex]!;
    writeEdgeLine(out, edge, indexOf, rowOf, edgeHash(edge));
    if ((ended = out.endLine())) await ended;
  }
}

/** An evidence line as stableStringify writes its EvidenceRow (keys sorted), the sentence given by its number. */
function writeEvidenceLine(out: JsonLineBytes, evidence: Evidence, sentence: number): void {
  out.raw('{"date":');
  if (evidence.date === null) out.raw('null');
  else out.string(evidence.date);
  out.raw(',"docId":');
  out.string(evidence.docId);
  out.raw(',"end":');
  out.number(evidence.end);
  out.raw(',"sentence":');
  out.number(sentence);
  out.raw(',"sentenceStart":');
  out.number(evidence.sentenceStart);
  out.raw(',"start":');
  out.number(evidence.start);
  out.code(CLOSE_OBJECT);
}
