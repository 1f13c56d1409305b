import { randomUUID } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs; tests pass failing ones to prove the old file survives. */
export interface AtomicWriteFs {
  readonly mkdir: typeof fsp.mkdir;
  readonly open: typeof fsp.open;
  readonly rename: typeof fsp.rename;
  readonly rm: typeof fsp.rm;
}

export const nodeFs: AtomicWriteFs = { mkdir: fsp.mkdir, open: fsp.open, rename: fsp.rename, rm: fsp.rm };

/**
 * Writes `data` to `path` so that readers see the old file or the whole new one, never a part:
 * a temp file in the same folder is written, fsynced and renamed over the target, then the folder
 * is fsynced so the rename survives a power cut. On failure the temp file is removed.
 */
export async function writeFileAtomic(path: string, data: string, fs: AtomicWriteFs = nodeFs): Promise<void> {
  const folder = dirname(path);
  await fs.mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data, 'utf8');
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
