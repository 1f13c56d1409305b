import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '../config/index.js';
import { writeSnapshot } from '../store/embedded/snapshot.js';
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

/** True when the snapshot is missing or older than any of its inputs. */
export async function snapshotIsStale(snapshotPath: string, inputs: readonly string[]): Promise<boolean> {
  const snapshot = await stat(snapshotPath).catch(() => null);
  if (!snapshot) return true;
  return snapshot.mtimeMs < (await newestInputTime(inputs));
}

/**
 * Builds the snapshot from `inputs` when it is missing or stale, so `npm start` serves current data
 * without rebuilding on every start. Returns whether it built.
 */
export async function ensureSnapshot(config: AppConfig, inputs: readonly string[], log: (line: string) => void): Promise<boolean> {
  if (!(await snapshotIsStale(config.snapshotPath, inputs))) return false;
  log(`Building ${config.snapshotPath} from ${inputs.join(', ')} …`);
  const result = await buildFromInputs(inputs, true);
  await writeSnapshot(config.snapshotPath, result.graph, { inputs: [...inputs] });
  log(`Built: ${result.dedupe.documents.length} documents, ${result.graph.nodes.length} nodes, ${result.graph.edges.length} edges.`);
  return true;
}
