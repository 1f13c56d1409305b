import { resolve } from 'node:path';
import { buildOptionsOf, DEFAULT_CONFIG, type AppConfig } from '../config/index.js';
import { SnapshotError, type GraphData, stableStringify } from '../domain/index.js';
import { readSnapshotHeader, writeSnapshot, type SnapshotMeta } from '../store/index.js';
import type { OutputStream } from './cli-io.js';
import { buildFromInputs } from './commands/build.js';
import { describeInputChanges, fingerprintInputs } from './input-fingerprint.js';
import { snapshotProvenance } from './snapshot-provenance.js';

/** What `start` does with the snapshot: serve it as it is, or build it first (and why). */
export type SnapshotPlan = { readonly build: false; readonly note?: string } | { readonly build: true; readonly reason: string };

export interface EnsureOptions {
  /** Replace the snapshot even when it was built from other inputs or options, or cannot be read. */
  readonly force?: boolean;
  /** What the snapshot is built with and must have been built with (its stage options); the defaults when absent. */
  readonly config?: Pick<AppConfig, 'workers' | 'limits' | 'stages'>;
  /** Where a build reports its progress (the command's stderr); none when absent. */
  readonly progress?: OutputStream;
}

/**
 * Decides from the snapshot's header alone (the whole file is read once, by the server) whether
 * `start` must build. It builds when the snapshot is missing, when the content of its recorded
 * inputs changed (hashes, not modification times), or under --force. It refuses, with a typed
 * error and the file untouched, a snapshot built from other inputs (SNAPSHOT_OTHER_INPUTS) or
 * options (SNAPSHOT_OTHER_OPTIONS), or one it cannot read (SNAPSHOT_CORRUPT, SNAPSHOT_VERSION…).
 * A snapshot that records no hashes (an earlier tradegraph's) is served as it is.
 */
export async function planSnapshot(path: string, inputs: readonly string[], options: EnsureOptions = {}): Promise<SnapshotPlan> {
  let header: SnapshotMeta;
  try {
    header = await readSnapshotHeader(path);
  } catch (error) {
    if (error instanceof SnapshotError && error.code === 'SNAPSHOT_MISSING') return { build: true, reason: 'it does not exist' };
    if (error instanceof SnapshotError && options.force) return { build: true, reason: `--force was given and it cannot be read (${error.code})` };
    throw error;
  }
  if (options.force) return { build: true, reason: '--force was given' };
  if (!sameInputs(header.inputs, inputs)) {
    throw new SnapshotError(
      'SNAPSHOT_OTHER_INPUTS',
      `The snapshot ${path} was built from ${list(header.inputs)}, not from ${list(inputs)}; start will not replace it. ` +
        `Serve it as it is with \`tradegraph serve --snapshot ${path}\`, start with its inputs (\`tradegraph start ${header.inputs.join(' ')}\`), ` +
        `use another file (\`--snapshot FILE\` or TRADEGRAPH_SNAPSHOT), or pass --force to replace it.`,
    );
  }
  if (!header.files) {
    return { build: false, note: `${path} records no hashes of its inputs (an earlier tradegraph wrote it), so it is served as it is; \`tradegraph start --force\` rebuilds it.` };
  }
  const wanted = buildOptionsOf(options.config ?? DEFAULT_CONFIG);
  if (stableStringify(header.options ?? {}) !== stableStringify(wanted)) {
    throw new SnapshotError(
      'SNAPSHOT_OTHER_OPTIONS',
      `The snapshot ${path} was built with options ${stableStringify(header.options ?? {})}, not ${stableStringify(wanted)}; start will not replace it. Serve it with \`tradegraph serve --snapshot ${path}\` or pass --force to replace it.`,
    );
  }
  const changes = describeInputChanges(header.files, await fingerprintInputs(inputs));
  return changes === null ? { build: false } : { build: true, reason: changes };
}

/** What ensureSnapshot did; after a build, the graph it wrote, so nobody reads the file back. */
export type EnsureResult = { readonly built: false } | { readonly built: true; readonly graph: GraphData; readonly meta: SnapshotMeta };

/**
 * `start`'s first step: builds the snapshot at `path` from `inputs` when planSnapshot says so
 * (atomically: a failed build leaves the previous file as it was), and returns the built graph.
 */
export async function ensureSnapshot(path: string, inputs: readonly string[], log: (line: string) => void, options: EnsureOptions = {}): Promise<EnsureResult> {
  const plan = await planSnapshot(path, inputs, options);
  if (!plan.build) {
    log(plan.note ?? `${path} is up to date with ${inputs.join(', ')}`);
    return { built: false };
  }
  log(`Building ${path} from ${inputs.join(', ')} because ${plan.reason} …`);
  // Hashed before the pipeline reads them: an input edited during the build is rebuilt next time.
  const config = options.config ?? DEFAULT_CONFIG;
  const provenance = await snapshotProvenance(inputs, buildOptionsOf(config));
  const result = await buildFromInputs(inputs, options.progress ?? null, { config });
  const meta = await writeSnapshot(path, result.graph, provenance);
  log(`Built: ${result.dedupe.documents.length} documents, ${result.graph.nodes.length} nodes, ${result.graph.edges.length} edges.`);
  return { built: true, graph: result.graph, meta };
}

/** The same paths in the same order, wherever they were written relative to (`seeds`, `./seeds/`). */
function sameInputs(recorded: readonly string[], asked: readonly string[]): boolean {
  return recorded.length === asked.length && recorded.every((path, i) => resolve(path) === resolve(asked[i]!));
}

function list(paths: readonly string[]): string {
  return paths.length === 0 ? 'no inputs' : paths.join(', ');
}
