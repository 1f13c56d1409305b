import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { createApp } from '../../api/index.js';
import { loadConfig, parsePort, type AppConfig } from '../../config/index.js';
import { createQueryService } from '../../query/index.js';
import { openStoreDetailed, type OpenedStore } from '../../store/index.js';
import { processIo, type CliIo } from '../cli-io.js';
import { warmUpGate } from './serve-warm-up.js';

export interface RunningServer {
  readonly url: string;
  readonly backend: 'embedded' | 'neo4j';
  close(): Promise<void>;
}

interface ServeOptions {
  readonly port?: string;
  readonly host?: string;
  readonly snapshot?: string;
}

/** Keep-alive sockets would hold a shutdown open; after this they are cut. */
const SHUTDOWN_GRACE_MS = 5000;

export interface StartServerOptions {
  readonly webDir?: string | null;
  readonly handleSignals?: boolean;
  /** A store already open (`start` passes the graph it just built); else the configured one is opened. */
  readonly opened?: OpenedStore;
  /** Where the URL and the shutdown note are printed; the process's streams when absent. */
  readonly io?: Pick<CliIo, 'stdout' | 'stderr'>;
}

/**
 * Opens the configured store (Neo4j when NEO4J_URI is set, else the snapshot, read once), listens,
 * prints the URL and shuts down cleanly on SIGINT/SIGTERM; the query warm-up waits for the first
 * answer (see warmUpGate). Used by `serve` and by `start`.
 */
export async function startServer(config: AppConfig, options: StartServerOptions = {}): Promise<RunningServer> {
  const io = options.io ?? processIo();
  const { store, build } = options.opened ?? (await openStoreDetailed(config));
  const warmUp = warmUpGate();
  const app = createApp({ query: createQueryService(store, { build }), config, warmUpAfter: warmUp.open, ...(options.webDir !== undefined ? { webDir: options.webDir } : {}) });
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  warmUp.watch(server);
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`;
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      const cut = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      clearTimeout(cut);
      await store.close();
    })());
  if (options.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      io.stderr.write(`tradegraph: ${signal}, shutting down\n`);
      void close().then(() => process.exit(0));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  io.stdout.write(`tradegraph: serving the ${store.backend} graph at ${url}\n`);
  return { url, backend: store.backend, close };
}

/**
 * Registers `tradegraph serve [--port 3000] [--host 127.0.0.1] [--snapshot data/graph.json]`. Serve
 * never builds and never writes: a missing or unreadable snapshot is an error naming the file.
 */
export function registerServeCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('Serve the API and the viewer over the snapshot, or over Neo4j when NEO4J_URI is set')
    .option('--port <port>', 'TCP port (default 3000 or PORT; 0 picks a free one)')
    .option('--host <host>', 'interface to listen on (default 127.0.0.1 or HOST)')
    .option('--snapshot <file>', 'snapshot for the embedded store (default data/graph.json or TRADEGRAPH_SNAPSHOT)')
    .action(
      async (options: ServeOptions) => {
        const config = loadConfig(io.env, {
          ...(options.port !== undefined ? { port: parsePort(options.port, '--port') } : {}),
          ...(options.host !== undefined ? { host: options.host } : {}),
          ...(options.snapshot !== undefined ? { snapshotPath: options.snapshot } : {}),
        });
        await startServer(config, { io });
      },
    );
}
