import type { Command } from 'commander';
import { loadConfig, type AppConfig } from '../../config/index.js';
import { ConfigError } from '../../domain/errors.js';
import { runPipeline, summariseBuild, type PipelineResult } from '../../pipeline/index.js';
import type { SnapshotMetaInput } from '../../store/embedded/index.js';
import { writeSnapshot } from '../../store/embedded/snapshot.js';
import { runAction } from '../exit.js';
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
}

/** Runs the pipeline and refuses a result with no document at all: nothing would be worth storing. */
export async function buildFromInputs(inputs: readonly string[], progress: boolean): Promise<PipelineResult> {
  const bar = terminalProgress(progress);
  try {
    const result = await runPipeline(inputs, { onProgress: bar.onProgress });
    requireDocuments(result, inputs);
    return result;
  } finally {
    bar.stop();
  }
}

/** Writes the built graph to the chosen store and returns where it went. */
async function storeGraph(result: PipelineResult, options: BuildOptions, provenance: SnapshotMetaInput, config: AppConfig): Promise<string> {
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

export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description('Read press-release dumps, merge duplicates, extract, resolve and build the graph; store it')
    .argument('[inputs...]', 'dump files (.txt, .jsonl) or folders', DEFAULT_INPUTS)
    .option('--json', 'print the summary as JSON')
    .option('--out <file>', 'snapshot path for the embedded store (default data/graph.json or TRADEGRAPH_SNAPSHOT)')
    .option('--store <kind>', 'embedded (snapshot file) or neo4j (uses NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)', 'embedded')
    .option('--no-progress', 'no progress bar')
    .action(
      runAction(async (inputs: string[], options: BuildOptions) => {
        if (options.store !== 'embedded' && options.store !== 'neo4j') {
          throw new ConfigError('BAD_STORE', `--store must be "embedded" or "neo4j"; found "${String(options.store)}".`);
        }
        // Settle the destination before the (slower) pipeline runs, so a wrong flag fails fast.
        const config = loadConfig(process.env, options.out ? { snapshotPath: options.out } : {});
        if (options.store === 'neo4j' && !config.neo4j) {
          throw new ConfigError('NEO4J_URI_MISSING', '--store neo4j needs NEO4J_URI (e.g. bolt://127.0.0.1:7687); start one with `npm run neo4j:start`.');
        }
        // The inputs' hashes are taken before the pipeline reads them, so `start` can tell when they change.
        const provenance = await snapshotProvenance(inputs);
        const result = await buildFromInputs(inputs, options.progress && !options.json);
        const destination = await storeGraph(result, options, provenance, config);
        const summary = summariseBuild(result, result.graph);
        process.stdout.write(options.json ? `${JSON.stringify({ ...summary, store: options.store, destination }, null, 2)}\n` : `${formatBuildSummary(summary, destination)}\n`);
      }),
    );
}
