import { join } from 'node:path';
import type { AtomicWriteFs } from './snapshot-atomic-write.js';

/** A temp file nobody has written to for this long is abandoned even if its pid is in use again. */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/** `.graph.json.4711.1a2b3c4d.tmp`: hidden, next to the target, naming the writer's pid. */
export function tempFileName(target: string, pid: number, nonce: string): string {
  return `.${target}.${pid}.${nonce}.tmp`;
}

/** The writer pid of one of `target`'s temp files, or null for any other name. */
export function tempFileWriter(name: string, target: string): number | null {
  const prefix = `.${target}.`;
  if (!name.startsWith(prefix) || !name.endsWith('.tmp')) return null;
  const match = /^(\d+)\.[0-9a-f]{8}$/.exec(name.slice(prefix.length, -'.tmp'.length));
  return match ? Number(match[1]) : null;
}

/**
 * Removes temp files of `target` in `folder` left by writers that died before renaming (kill -9, a
 * power cut): those whose pid no longer runs, or that nobody touched for an hour. A live writer's
 * temp file, ours included, is left alone.
 */
export async function removeStaleTemps(folder: string, target: string, fs: AtomicWriteFs, now: number = Date.now()): Promise<string[]> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = tempFileWriter(name, target);
    if (pid === null || pid === process.pid) continue;
    const path = join(folder, name);
    const info = await fs.stat(path).catch(() => null);
    if (!info) continue;
    if (isRunning(pid) && now - info.mtimeMs < STALE_AFTER_MS) continue;
    await fs.rm(path, { force: true });
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
