import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parserFor } from '../parse/index.js';
import type { SnapshotInputFile } from '../store/index.js';

/**
 * Every file the pipeline reads below `inputs`, walked as parse/ walks them (sorted, hidden
 * entries skipped, a file reached twice counted once, only readable formats), each with its size
 * and sha256. Content, not modification times: `git pull`, `cp -p` or `rsync -a` leave it equal.
 * Missing paths contribute nothing (the build itself reports them).
 */
export async function fingerprintInputs(inputs: readonly string[]): Promise<SnapshotInputFile[]> {
  const seen = new Set<string>();
  const files: SnapshotInputFile[] = [];
  for (const input of inputs) await walk(input, seen, files);
  return files;
}

async function walk(path: string, seen: Set<string>, files: SnapshotInputFile[]): Promise<void> {
  const info = await stat(path).catch(() => null);
  const real = info && (await realpath(path).catch(() => null));
  if (!info || !real || seen.has(real)) return;
  seen.add(real);
  if (info.isDirectory()) {
    const names = (await readdir(path).catch(() => [] as string[])).filter((name) => !name.startsWith('.')).sort();
    for (const name of names) await walk(join(path, name), seen, files);
  } else if (info.isFile() && parserFor(path)) {
    files.push({ path, bytes: info.size, sha256: await sha256Of(path) });
  }
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** What differs between the files a snapshot recorded and the files there now; null when nothing does. */
export function describeInputChanges(recorded: readonly SnapshotInputFile[], current: readonly SnapshotInputFile[]): string | null {
  const before = new Map(recorded.map((file) => [file.path, file.sha256]));
  const now = new Map(current.map((file) => [file.path, file.sha256]));
  const changes = [
    ...current.filter((file) => before.has(file.path) && before.get(file.path) !== file.sha256).map((file) => `${file.path} changed`),
    ...current.filter((file) => !before.has(file.path)).map((file) => `${file.path} is new`),
    ...recorded.filter((file) => !now.has(file.path)).map((file) => `${file.path} is gone`),
  ];
  if (changes.length === 0) return null;
  return changes.length > 3 ? `${changes.slice(0, 3).join(', ')} and ${changes.length - 3} more` : changes.join(', ');
}
