import { once, type EventEmitter } from 'node:events';

/** What writeChunks writes to: a file stream, or process.stdout. */
export interface ChunkTarget extends EventEmitter {
  write(chunk: string): boolean;
}

export interface WriteChunksOptions {
  /** Pieces are gathered into writes of about this many characters. */
  readonly batchChars?: number;
}

const DEFAULTS = { batchChars: 1 << 20 };

/**
 * Writes `chunks` to `target` in batches, waiting for it to drain whenever it says it is full, so
 * memory holds one batch however large the output. Returns the characters written.
 */
export async function writeChunks(chunks: Iterable<string>, target: ChunkTarget, options: WriteChunksOptions = {}): Promise<number> {
  const { batchChars } = { ...DEFAULTS, ...options };
  let batch = '';
  let written = 0;
  const flush = async () => {
    written += batch.length;
    const more = target.write(batch);
    batch = '';
    // once() rejects if the target errors first (a full disk), so a failed write never hangs here.
    if (!more) await once(target, 'drain');
  };
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= batchChars) await flush();
  }
  if (batch.length > 0) await flush();
  return written;
}
