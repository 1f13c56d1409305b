import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { ensureServerCompiled, REPO, serverCommand } from './cli.js';
import { procFigures } from './measured-run.js';

export interface ServingChild {
  readonly url: string;
  readonly pid: number;
  /** From spawning `serve` to the first answered request. */
  readonly readyMs: number;
  /** The server's CPU time and peak RSS at that moment (null without /proc). */
  readonly atReady: { cpuMs: number; peakRssBytes: number } | null;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 30 * 60_000;

/**
 * Starts the real `tradegraph serve` (bin/tradegraph.js, compiled dist/, with the node flags of `npm start`) on a snapshot, or on Neo4j when given its URI (a free port, loopback) and waits until
 * `GET /api/stats` answers 200. Request logs are off: LOG_LEVEL=warn keeps warnings and errors
 * only, the production choice (BENCH_LOG_LEVEL overrides it).
 */
export async function startServe(snapshot: string, options: { neo4jUri?: string } = {}): Promise<ServingChild> {
  ensureServerCompiled();
  const [command, args] = serverCommand('serve', '--snapshot', snapshot, '--port', '0', '--host', '127.0.0.1');
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn' };
  delete env.NEO4J_URI;
  if (options.neo4jUri) Object.assign(env, { NEO4J_URI: options.neo4jUri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' });
  const started = performance.now();
  const child: ChildProcess = spawn(command, args, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  // BENCH_SERVE_LOG=file keeps the server's stdout (e.g. its --trace-gc lines, with BENCH_SERVE_FLAGS=--trace-gc).
  const log = process.env.BENCH_SERVE_LOG ? createWriteStream(process.env.BENCH_SERVE_LOG) : null;
  if (log) child.stdout!.pipe(log);
  child.stderr!.on('data', (b: Buffer) => {
    stderr = (stderr + b.toString('utf8')).slice(-4000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString('utf8');
      if (/Building /.test(out)) reject(new Error(`serve rebuilt the snapshot instead of reading it: ${out.trim()}`));
      const match = /serving the \w+ graph at (http:\/\/\S+?)\/?\s/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before listening: ${stderr.trim()}`));
    });
  });
  // Listening comes first; the first answer is what a user waits for.
  for (;;) {
    const response = await fetch(`${url}/api/stats`).catch(() => null);
    if (response?.ok) {
      await response.arrayBuffer();
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const readyMs = performance.now() - started;
  const atReady = await procFigures(child.pid!);
  // 'close', not 'exit': the server's last output (a trace's end) is still in the pipe at its exit.
  const closed = new Promise<void>((r) => child.once('close', () => r()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await closed;
    if (log) await new Promise<void>((r) => log.end(r));
  };
  return { url, pid: child.pid!, readyMs, atReady, stop };
}
