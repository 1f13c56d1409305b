import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '../config/index.js';
import { SnapshotError } from '../domain/errors.js';
import { readSnapshot, writeSnapshot } from '../store/embedded/snapshot.js';
import { buildFromInputs } from './commands/build.js';

/** Newest modification time (ms) of the input files below the given paths; 0 when none exist. */
export async function newestInputTime(paths: readonly string[]): Promise<number> {
  let newest = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) continue;
    if (info.isDirectory()) {
      const entries = await readdir(path);
      newest = Math.max(newest, info.mtimeMs, await newestInputTime(entries.map((entry) => join(path, entry))));
    } else {
      newest = Math.max(newest, info.mtimeMs);
    }
  }
  return newest;
}

/**
 * Why the snapshot must be rebuilt: missing, older than an input, or unreadable by this version
 * (corrupt, or another schema version); null when it can be served as it is.
 */
export async function snapshotStaleness(snapshotPath: string, inputs: readonly string[]): Promise<string | null> {
  const snapshot = await stat(snapshotPath).catch(() => null);
  if (!snapshot) return 'it does not exist';
  if (snapshot.mtimeMs < (await newestInputTime(inputs))) return 'an input is newer';
  try {
    await readSnapshot(snapshotPath);
    return null;
  } catch (error) {
    if (error instanceof SnapshotError) return `it cannot be served (${error.code})`;
    throw error;
  }
}

/**
 * Builds the snapshot from `inputs` when it is missing, stale or unreadable, so `npm start` serves
 * current data without rebuilding on every start, and recovers from a damaged snapshot by
 * rebuilding it (atomically) instead of failing. Returns whether it built.
 */
export async function ensureSnapshot(config: AppConfig, inputs: readonly string[], log: (line: string) => void): Promise<boolean> {
  const reason = await snapshotStaleness(config.snapshotPath, inputs);
  if (reason === null) return false;
  log(`Building ${config.snapshotPath} from ${inputs.join(', ')} because ${reason} …`);
  const result = await buildFromInputs(inputs, true);
  await writeSnapshot(config.snapshotPath, result.graph, { inputs: [...inputs] });
  log(`Built: ${result.dedupe.documents.length} documents, ${result.graph.nodes.length} nodes, ${result.graph.edges.length} edges.`);
  return true;
}
