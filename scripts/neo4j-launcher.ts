/**
 * Builds and starts neo4j-launcher (a Neo4j Community server in one JVM, see neo4j-launcher/) for
 * `npm run neo4j:start`, the vitest global setup, fault tests and benchmarks.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where `npm run neo4j:start` keeps the server it leaves running, for `npm run neo4j:stop`. */
export const LOCAL_STATE_DIR = join(REPO_ROOT, '.neo4j');
export const LOCAL_PID_FILE = join(LOCAL_STATE_DIR, 'neo4j.pid');

/** Where neo4j:start records its server's pid: NEO4J_PID_FILE, else .neo4j/neo4j.pid. */
export function pidFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEO4J_PID_FILE ? resolve(env.NEO4J_PID_FILE) : LOCAL_PID_FILE;
}

/** The pid recorded in `path` when that process is alive, else null. */
export function runningPid(path: string): number | null {
  if (!existsSync(path)) return null;
  const pid = Number(readFileSync(path, 'utf8').trim());
  return Number.isSafeInteger(pid) && pid > 0 && isRunning(pid) ? pid : null;
}

/** True while a process with this pid exists (signal 0 only asks). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
const LAUNCHER_DIR = join(REPO_ROOT, 'neo4j-launcher');
const LAUNCHER_JAR = join(LAUNCHER_DIR, 'target', 'neo4j-launcher.jar');
const LAUNCHER_LIB = join(LAUNCHER_DIR, 'target', 'lib');
const LAUNCHER_SOURCES = [join(LAUNCHER_DIR, 'pom.xml'), join(LAUNCHER_DIR, 'src', 'main', 'java', 'tradegraph', 'neo4j', 'Launcher.java')];

/** Neo4j's own startup flags for Java 17+ (without them DirectByteBuffer access fails). */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

/** Garbage collectors by name; serial suits small test servers, parallel uses both cores on loads. */
const GC_FLAGS = { serial: '-XX:+UseSerialGC', parallel: '-XX:+UseParallelGC', g1: '-XX:+UseG1GC' } as const;

export const JAVA_MISSING_REASON =
  'Java 17 not found: Neo4j integration tests cannot run; install openjdk-17-jre (and maven to build neo4j-launcher) or set NEO4J_URI to a running Neo4j 5.';

export interface LaunchOptions {
  readonly port: number;
  /** Neo4j home: data/ and logs/ go under it. One server per home. */
  readonly home: string;
  /** Turns auth on with this password for user neo4j (8+ characters). */
  readonly password?: string;
  readonly heap?: string;
  readonly pageCache?: string;
  /** Default serial: the smallest footprint, right for short test runs. */
  readonly gc?: keyof typeof GC_FLAGS;
  /** Leave the server running after this process exits (npm run neo4j:start). */
  readonly detached?: boolean;
  /**
   * 'startup' compiles with C1 only: a cold server plans its first queries about 5× sooner, which
   * is what short test runs see; 'throughput' (default) keeps the optimising compiler for long loads.
   */
  readonly jit?: 'startup' | 'throughput';
  readonly readyTimeoutMs?: number;
  /**
   * Server-side bounds on every transaction, whoever sends it (db.transaction.timeout,
   * db.memory.transaction.max, dbms.memory.transaction.total.max): "120s", "128m". Unset, the
   * memory limits scale with the heap (a quarter and a half of it).
   */
  readonly txTimeout?: string;
  readonly txMemory?: string;
  readonly txMemoryTotal?: string;
}

export interface RunningNeo4j {
  readonly uri: string;
  readonly pid: number;
  readonly logFile: string;
  /** SIGTERM and wait for a clean shutdown. */
  stop(): Promise<void>;
  /** SIGKILL: a crash, for fault tests. */
  kill(): Promise<void>;
}

/** The java binary to use (JAVA_HOME first), or null when none runs. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : null, 'java'].filter((c): c is string => c !== null);
  for (const java of candidates) {
    const probe = spawnSync(java, ['-version'], { stdio: 'ignore' });
    if (probe.status === 0) return java;
  }
  return null;
}

/** The jar and its libraries exist and are newer than the launcher's source and pom. */
export function launcherBuilt(): boolean {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(LAUNCHER_LIB)) return false;
  const built = statSync(LAUNCHER_JAR).mtimeMs;
  return LAUNCHER_SOURCES.every((source) => !existsSync(source) || statSync(source).mtimeMs <= built);
}

/** Runs `mvn package` for the launcher when its jar is missing or stale. Maven caches downloads in ~/.m2. */
export function ensureLauncherBuilt(): void {
  if (launcherBuilt()) return;
  const build = spawnSync('mvn', ['-q', '-B', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package', '-DskipTests'], { stdio: 'inherit' });
  if (build.error || build.status !== 0) {
    throw new Error(
      `Building neo4j-launcher failed (${build.error?.message ?? `mvn exited ${build.status}`}); install Maven 3.8+ and run: mvn -q -B -f neo4j-launcher/pom.xml package -DskipTests`,
    );
  }
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts the launcher with its output in <home>/launcher.log and resolves once it prints
 * NEO4J_READY; rejects with the log's tail when it exits or times out first.
 */
export async function startNeo4j(options: LaunchOptions): Promise<RunningNeo4j> {
  const java = findJava();
  if (!java) throw new Error(JAVA_MISSING_REASON);
  ensureLauncherBuilt();
  mkdirSync(options.home, { recursive: true });
  const logFile = join(options.home, 'launcher.log');
  const out = openSync(logFile, 'w');
  const heap = options.heap ?? '512m';
  const args = [
    `-Xmx${heap}`,
    ...JVM_FLAGS,
    GC_FLAGS[options.gc ?? 'serial'],
    ...(options.jit === 'startup' ? ['-XX:TieredStopAtLevel=1'] : []),
    '-cp',
    `${LAUNCHER_JAR}:${join(LAUNCHER_LIB, '*')}`,
    'tradegraph.neo4j.Launcher',
    '--port',
    String(options.port),
    '--home',
    options.home,
    '--pagecache',
    options.pageCache ?? '96m',
    '--tx-timeout',
    options.txTimeout ?? '120s',
    '--tx-memory',
    options.txMemory ?? fractionOf(heap, 4),
    '--tx-memory-total',
    options.txMemoryTotal ?? fractionOf(heap, 2),
  ];
  const env = { ...process.env, NEO4J_LAUNCHER_PASSWORD: options.password ?? '' };
  const child = spawn(java, args, { stdio: ['ignore', out, out], detached: options.detached ?? false, env });
  closeSync(out);
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((done) =>
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? -1 : null);
      done();
    }),
  );
  if (options.detached) child.unref();
  const uri = await waitForReady(logFile, () => exitCode !== undefined, options.readyTimeoutMs ?? 120_000);
  const pid = child.pid!;
  const signalAndWait = async (signal: NodeJS.Signals) => {
    if (exitCode !== undefined) return;
    child.kill(signal);
    await exited;
  };
  return { uri, pid, logFile, stop: () => signalAndWait('SIGTERM'), kill: () => signalAndWait('SIGKILL') };
}

/** A JVM size ("2g", "512m") divided by n, in MiB: "512m" for ("2g", 4). */
export function fractionOf(size: string, n: number): string {
  const match = /^(\d+)([kmg]?)$/i.exec(size.trim());
  if (!match) throw new Error(`expected a heap size such as 512m or 2g; found "${size}"`);
  const mib = Number(match[1]) * ({ '': 1 / 1048576, k: 1 / 1024, m: 1, g: 1024 } as Record<string, number>)[match[2]!.toLowerCase()]!;
  return `${Math.max(1, Math.floor(mib / n))}m`;
}

async function waitForReady(logFile: string, hasExited: () => boolean, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    const ready = /^NEO4J_READY (\S+)$/m.exec(log);
    if (ready) return ready[1]!;
    if (hasExited() || Date.now() > deadline) {
      const why = hasExited() ? 'exited before it was ready' : `was not ready after ${timeoutMs} ms`;
      throw new Error(`Neo4j launcher ${why}; last lines of ${logFile}:\n${log.split('\n').slice(-15).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
