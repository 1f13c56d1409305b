import { randomUUID } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { removeStaleTemps, tempFileName } from './snapshot-temp-files.js';

/** The file operations an atomic write needs; tests pass failing ones to prove the old file survives. */
export interface AtomicWriteFs {
  readonly mkdir: typeof fsp.mkdir;
  readonly open: typeof fsp.open;
  readonly rename: typeof fsp.rename;
  readonly rm: typeof fsp.rm;
  readonly readdir: typeof fsp.readdir;
  readonly stat: typeof fsp.stat;
}

export const nodeFs: AtomicWriteFs = { mkdir: fsp.mkdir, open: fsp.open, rename: fsp.rename, rm: fsp.rm, readdir: fsp.readdir, stat: fsp.stat };

/** Hands bytes to the file being written, chunk by chunk; resolves once the chunk is written (the caller may then reuse it). */
export type ChunkWriter = (chunk: Uint8Array) => Promise<void>;

/**
 * Writes what `produce` emits to `path` so that readers see the old file or the whole new one,
 * never a part: a temp file in the same folder is written chunk by chunk (never one giant string),
 * fsynced and renamed over the target, then the folder is fsynced so the rename survives a power
 * cut. On failure the temp file is removed; temp files that killed writers left behind are removed
 * first.
 */
export async function writeFileAtomic(path: string, produce: (write: ChunkWriter) => Promise<void>, fs: AtomicWriteFs = nodeFs): Promise<void> {
  const folder = dirname(path);
  await fs.mkdir(folder, { recursive: true });
  await removeStaleTemps(folder, basename(path), fs);
  const temp = join(folder, tempFileName(basename(path), process.pid, randomUUID().slice(0, 8)));
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await produce(async (chunk) => writeAll(handle, chunk));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(folder, fs);
}

/** `write` may write less than asked (a full disk, a signal); keep going until all of it is down. */
async function writeAll(handle: fsp.FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    if (bytesWritten <= 0) throw new Error(`wrote nothing of the last ${bytes.length - offset} bytes`);
    offset += bytesWritten;
  }
}

async function syncFolder(folder: string, fs: AtomicWriteFs): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot open or fsync a folder; the rename itself is still atomic.
  }
}
