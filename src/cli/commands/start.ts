import type { Command } from 'commander';
import { loadConfig, parsePort } from '../../config/index.js';
import { ensureSnapshot } from '../ensure-snapshot.js';
import { runAction } from '../exit.js';
import { DEFAULT_INPUTS } from './build.js';
import { startServer } from './serve.js';

interface StartOptions {
  readonly port?: string;
  readonly host?: string;
}

/**
 * `tradegraph start [INPUT...]` (what `npm start` runs): builds the snapshot from the inputs when it
 * is missing or older than them, then serves the API and the viewer on the embedded store.
 */
export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Build the graph from seeds/ when the snapshot is missing or stale, then serve the API and viewer on it')
    .argument('[inputs...]', 'dump files or folders', DEFAULT_INPUTS)
    .option('--port <port>', 'TCP port (default 3000 or PORT)')
    .option('--host <host>', 'interface to listen on (default 127.0.0.1 or HOST)')
    .action(
      runAction(async (inputs: string[], options: StartOptions) => {
        // The main job is the embedded store: a NEO4J_URI in the environment is for `serve`.
        const config = loadConfig({ ...process.env, NEO4J_URI: undefined }, {
          ...(options.port !== undefined ? { port: parsePort(options.port, '--port') } : {}),
          ...(options.host !== undefined ? { host: options.host } : {}),
        });
        const log = (line: string) => process.stdout.write(`tradegraph: ${line}\n`);
        if (!(await ensureSnapshot(config, inputs, log))) log(`${config.snapshotPath} is up to date with ${inputs.join(', ')}`);
        await startServer(config);
      }),
    );
}
