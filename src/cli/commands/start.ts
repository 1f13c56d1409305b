import type { Command } from 'commander';
import { loadConfig, parsePort, type AppConfig } from '../../config/index.js';
import { openedSnapshot } from '../../store/index.js';
import { ensureSnapshot } from '../ensure-snapshot.js';
import { processIo, type CliIo } from '../cli-io.js';
import { DEFAULT_INPUTS } from './build.js';
import { startServer, type RunningServer, type StartServerOptions } from './serve.js';

interface StartOptions {
  readonly port?: string;
  readonly host?: string;
  readonly snapshot?: string;
  readonly force?: boolean;
  readonly config?: string;
}

export interface RunStartOptions {
  readonly force?: boolean;
  /** Where the build's progress, the served URL and the notes go; the process's streams when absent. */
  readonly io?: Pick<CliIo, 'stdout' | 'stderr'>;
  /** Takes the notes (`… is up to date`, `Building … because …`) instead of io.stdout. */
  readonly log?: (line: string) => void;
  readonly server?: StartServerOptions;
}

/**
 * Builds the snapshot at config.snapshotPath when ensureSnapshot says so, then serves it: the file
 * is read once, or not at all when it was just built (the built graph is served).
 */
export async function runStart(config: AppConfig, inputs: readonly string[], options: RunStartOptions = {}): Promise<RunningServer> {
  const io = options.io ?? processIo();
  const log = options.log ?? ((line: string) => io.stdout.write(`tradegraph: ${line}\n`));
  const ensured = await ensureSnapshot(config.snapshotPath, inputs, log, { force: options.force ?? false, config, progress: io.stderr });
  const opened = ensured.built ? { opened: openedSnapshot(config.snapshotPath, ensured.graph, ensured.meta) } : {};
  return startServer(config, { io, ...options.server, ...opened });
}

/**
 * `tradegraph start [INPUT...]` (what `npm start` runs): builds the snapshot from the inputs when it
 * is missing or their content changed, then serves the API and the viewer on the embedded store.
 * A snapshot built from other inputs or options, or unreadable, is refused (and kept) unless --force.
 */
export function registerStartCommand(program: Command, io: CliIo): void {
  program
    .command('start')
    .description('Build the graph from seeds/ when the snapshot is missing or its inputs changed, then serve the API and viewer on it')
    .argument('[inputs...]', 'dump files or folders', DEFAULT_INPUTS)
    .option('--port <port>', 'TCP port (default 3000 or PORT)')
    .option('--host <host>', 'interface to listen on (default 127.0.0.1 or HOST)')
    .option('--snapshot <file>', 'snapshot to build and serve (default data/graph.json or TRADEGRAPH_SNAPSHOT)')
    .option('--config <file>', 'JSON file of stage options the snapshot is built with (or TRADEGRAPH_CONFIG)')
    .option('--force', 'rebuild and replace the snapshot even if it was built from other inputs or cannot be read')
    .action(
      async (inputs: string[], options: StartOptions) => {
        // The main job is the embedded store: a NEO4J_URI in the environment is for `serve`.
        const config = loadConfig({ ...io.env, NEO4J_URI: undefined }, {
          ...(options.port !== undefined ? { port: parsePort(options.port, '--port') } : {}),
          ...(options.host !== undefined ? { host: options.host } : {}),
          ...(options.snapshot !== undefined ? { snapshotPath: options.snapshot } : {}),
        }, options.config !== undefined ? { configFile: options.config } : {});
        await runStart(config, inputs, { force: options.force ?? false, io });
      },
    );
}
