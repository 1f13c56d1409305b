import { SnapshotError, type GraphData, stableStringify } from '../../domain/index.js';
import { nodeFs, writeFileAtomic, type AtomicWriteFs, type ChunkWriter } from './snapshot-atomic-write.js';
import { encodeEdge } from './snapshot-edge-row.js';
import { evidenceTable } from './snapshot-evidence-table.js';
import { FORMAT_VERSION, SNAPSHOT_FORMAT, type SnapshotHeader } from './snapshot-format.js';
import { countGraph, type SnapshotMeta, type SnapshotMetaInput } from './snapshot-meta.js';

export interface WriteSnapshotOptions {
  readonly fs?: AtomicWriteFs;
  /** Lines are handed to the file in chunks of about this many characters. */
  readonly chunkChars?: number;
}

const DEFAULTS = { fs: nodeFs, chunkChars: 1 << 20 };

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
        const out = lineBuffer(write, settings.chunkChars);
        await out.line(stableStringify(header));
        for (const sentence of table.sentences) await out.line(JSON.stringify(sentence));
        for (const row of table.rows()) await out.line(stableStringify(row));
        for (const { id, attributes } of graph.nodes) await out.line(stableStringify({ key: id, attributes }));
        const nodeIndex = new Map(graph.nodes.map((node, i) => [node.id, i]));
        const indexOf = (id: string) => nodeIndex.get(id);
        for (const edge of graph.edges) await out.line(stableStringify(encodeEdge(edge, indexOf, table.indexOf)));
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

/** Joins lines into chunks of about `chunkChars`, so the file gets few large writes and no giant string. */
function lineBuffer(write: ChunkWriter, chunkChars: number): { line(text: string): Promise<void>; flush(): Promise<void> } {
  let parts: string[] = [];
  let size = 0;
  const flush = async () => {
    if (parts.length === 0) return;
    const chunk = `${parts.join('\n')}\n`;
    parts = [];
    size = 0;
    await write(chunk);
  };
  return {
    line: async (text) => {
      parts.push(text);
      size += text.length + 1;
      if (size >= chunkChars) await flush();
    },
    flush,
  };
}
