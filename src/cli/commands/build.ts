import type { Command } from 'commander';
import { buildOptionsOf, DEFAULT_CONFIG, loadConfig, parseWorkers, type AppConfig } from '../../config/index.js';
import { ConfigError, InputError } from '../../domain/index.js';
import { buildGraphFromInputs, StageMeter, summariseBuild, type BuiltGraph, type ProgressListener } from '../../pipeline/index.js';
import { type SnapshotMetaInput, writeSnapshot } from '../../store/index.js';
import type { CliIo, OutputStream } from '../cli-io.js';
import { requireDocuments } from '../require-documents.js';
import { formatBuildSummary } from '../format-summary.js';
import { terminalProgress } from '../progress-bar.js';
import { snapshotProvenance } from '../snapshot-provenance.js';

export const DEFAULT_INPUTS = ['seeds'];

interface BuildOptions {
  readonly json?: boolean;
  readonly out?: string;
  readonly store: 'embedded' | 'neo4j';
  readonly progress: boolean;
  readonly workers?: string;
  readonly strict?: boolean;
  readonly config?: string;
}

/** How buildFromInputs runs the pipeline; the configured defaults when absent. */
export interface BuildRun {
  readonly config?: Pick<AppConfig, 'workers' | 'limits' | 'stages'>;
  readonly meter?: StageMeter;
  /** Progress goes here instead of a bar of buildFromInputs' own. */
  readonly onProgress?: ProgressListener;
}

/**
 * Runs the pipeline and refuses a result with no document at all: nothing would be worth storing.
 * Progress goes to `progress` (a bar on a terminal, lines otherwise), or nowhere when it is null.
 */
export async function buildFromInputs(inputs: readonly string[], progress: OutputStream | null, run: BuildRun = {}): Promise<BuiltGraph> {
  const bar = run.onProgress ? { onProgress: run.onProgress, stop: () => undefined } : terminalProgress(progress);
  const { workers, limits, stages } = run.config ?? DEFAULT_CONFIG;
  try {
    const result = await buildGraphFromInputs(inputs, { onProgress: bar.onProgress, workers, limits, stages, ...(run.meter ? { meter: run.meter } : {}) });
    requireDocuments(result, inputs);
    return result;
  } finally {
    bar.stop();
  }
}

/**
 * With --strict, input that does not look like press releases fails the build before anything is
 * written, naming every such record.
 */
export function refuseDoubtfulInput(result: BuiltGraph): void {
  const doubtful = result.parse.issues.filter((i) => i.code === 'NOT_A_PRESS_RELEASE');
  if (doubtful.length === 0) return;
  const where = doubtful.slice(0, 10).map((i) => (i.line === null ? i.file : `${i.file}:${i.line}`));
  const more = doubtful.length > where.length ? ` and ${doubtful.length - where.length} more` : '';
  throw new InputError(
    'NOT_PRESS_RELEASES',
    `--strict: ${doubtful.length} record${doubtful.length === 1 ? ' does' : 's do'} not look like a press release (${where.join(', ')}${more}); nothing was written. See docs/input-formats.md.`,
  );
}

/** Writes the built graph to the chosen store and returns where it went. */
async function storeGraph(result: BuiltGraph, options: BuildOptions, provenance: SnapshotMetaInput, config: AppConfig): Promise<string> {
  if (options.store === 'neo4j' && config.neo4j) {
    const { createNeo4jStore } = await import('../../store/neo4j/index.js');
    const store = await createNeo4jStore(config.neo4j);
    try {
      await store.load(result.graph);
    } finally {
      await store.close();
    }
    return config.neo4j.uri;
  }
  await writeSnapshot(config.snapshotPath, result.graph, provenance);
  return config.snapshotPath;
}

export function registerBuildCommand(program: Command, io: CliIo): void {
  program
    .command('build')
    .description('Read press-release dumps, merge duplicates, extract, resolve and build the graph; store it')
    .argument('[inputs...]', 'dump files (.txt, .jsonl) or folders', DEFAULT_INPUTS)
    .option('--json', 'print the summary as JSON, with each stage\'s figures under "stages"')
    .option('--out <file>', 'snapshot path for the embedded store (default data/graph.json or TRADEGRAPH_SNAPSHOT)')
    .option('--store <kind>', 'embedded (snapshot file) or neo4j (uses NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)', 'embedded')
    .option('--workers <n>', 'extraction threads, 1 = in the main thread (default: available cores or TRADEGRAPH_WORKERS)')
    .option('--config <file>', 'JSON file of stage options: home country and its ministry names, dedupe thresholds, resolution windows, limits (or TRADEGRAPH_CONFIG)')
    .option('--strict', 'fail, writing nothing, when a record does not look like a press release')
    .option('--no-progress', 'no progress bar or progress lines on stderr')
    .action(
      async (inputs: string[], options: BuildOptions) => {
        if (options.store !== 'embedded' && options.store !== 'neo4j') {
          throw new ConfigError('BAD_STORE', `--store must be "embedded" or "neo4j"; found "${String(options.store)}".`);
        }
        // Settle the destination before the (slower) pipeline runs, so a wrong flag fails fast.
        const config = loadConfig(io.env, {
          ...(options.out ? { snapshotPath: options.out } : {}),
          ...(options.workers !== undefined ? { workers: parseWorkers(options.workers, '--workers') } : {}),
        }, options.config !== undefined ? { configFile: options.config } : {});
        if (options.store === 'neo4j' && !config.neo4j) {
          throw new ConfigError('NEO4J_URI_MISSING', '--store neo4j needs NEO4J_URI (e.g. bolt://127.0.0.1:7687); start one with `npm run neo4j:start`.');
        }
        // The inputs' hashes are taken before the pipeline reads them, so `start` can tell when they change.
        const provenance = await snapshotProvenance(inputs, buildOptionsOf(config));
        const meter = new StageMeter();
        const bar = terminalProgress(options.progress ? io.stderr : null);
        const report: ProgressListener = bar.onProgress ?? (() => undefined);
        let destination: string;
        let result: BuiltGraph;
        try {
          result = await buildFromInputs(inputs, null, { config, meter, onProgress: report });
          if (options.strict) refuseDoubtfulInput(result);
          const { nodes, edges } = result.graph;
          destination = await meter.measure('snapshot', nodes.length + edges.length, async () => {
            report({ stage: 'snapshot', done: 0, total: 1 });
            const written = await storeGraph(result, options, provenance, config);
            report({ stage: 'snapshot', done: 1, total: 1 });
            return written;
          });
        } finally {
          bar.stop();
        }
        const summary = summariseBuild({ ...result, stages: meter.stages() }, result.graph);
        io.stdout.write(options.json ? `${JSON.stringify({ ...summary, store: options.store, destination }, null, 2)}\n` : `${formatBuildSummary(summary, destination)}\n`);
      },
    );
}
