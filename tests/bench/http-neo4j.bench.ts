/**
 * The graph questions on Neo4j under load (issue 13: "On Neo4j (100×): neighbourhood and path p99
 * < 100 ms"). A real Neo4j Community server (the launcher, as `npm run neo4j:start`), the 100×
 * snapshot loaded with `tradegraph load`, the real `tradegraph serve` on it, 50 connections over
 * ≥ 10k distinct URLs per endpoint, each uncached (`_bench=N`). Per endpoint: req/s, p50, p99,
 * timeouts, errors. BENCH_NEO4J_SCALE picks another scale, BENCH_NEO4J_SNAPSHOT a ready snapshot of it,
 * BENCH_HTTP_SECONDS the duration, BENCH_ENDPOINTS the endpoints (comma-separated).
 * BENCH_NEO4J_URI with BENCH_NEO4J_PID measure against a running server that already holds that
 * snapshot (`npm run neo4j:start`, then `tradegraph load`): no launch, no load, and a JVM that has
 * already compiled its hot paths, as a long-running server's has.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findJava, freePort, startNeo4j } from '../../scripts/neo4j-launcher.js';
import { loadUrls, type LoadFigures } from './lib/autocannon-run.js';
import { cliCommand, REPO } from './lib/cli.js';
import { drawUrls, type Endpoint } from './lib/draw-urls.js';
import { measuredRun, procFigures } from './lib/measured-run.js';
import { recordResults } from './lib/results.js';
import { startServe } from './lib/serve-child.js';
import { printTable } from './lib/table.js';
import { snapshotFor } from './lib/scale-snapshot.js';
import { BENCH_SEED } from './lib/work-dir.js';

const SCALE = Number(process.env.BENCH_NEO4J_SCALE ?? 100);
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
// A Neo4j just started and loaded runs its Cypher runtime interpreted until the JIT has seen a few
// thousand queries (even `RETURN 1` costs 2.9 ms at first and ~1 ms after); a deployed server is
// long-running, so each endpoint is warmed this long on other drawn URLs before it is measured.
const WARM_UP_S = Number(process.env.BENCH_NEO4J_WARMUP_SECONDS ?? 8);
const AIM_P99_MS = 100;
/** A snapshot already built at this scale (e.g. /tmp/final2/g100.json) skips the build; it is only read. */
const GIVEN_SNAPSHOT = process.env.BENCH_NEO4J_SNAPSHOT;
const GIVEN_SERVER = process.env.BENCH_NEO4J_URI && process.env.BENCH_NEO4J_PID
  ? { uri: process.env.BENCH_NEO4J_URI, pid: Number(process.env.BENCH_NEO4J_PID) }
  : null;
const ENDPOINTS = (process.env.BENCH_ENDPOINTS?.split(',') ?? ['neighbourhood', 'path', 'entity', 'search', 'meetings']) as Endpoint[];

export default async function httpNeo4jBench(): Promise<void> {
  if (!findJava()) {
    console.log('http-neo4j: skipped, Java 17 not found');
    return;
  }
  const snapshot = GIVEN_SNAPSHOT ?? (await snapshotFor(SCALE));
  const { readSnapshot } = await import('../../src/store/index.js');
  const { graph } = await readSnapshot(snapshot);
  const urls = drawUrls(graph, BENCH_SEED);
  const launched = GIVEN_SERVER ? null : await launchAndLoad(snapshot, graph.nodes.length, graph.edges.length);
  const server = launched ?? GIVEN_SERVER!;
  try {
    const api = await startServe(snapshot, { neo4jUri: server.uri });
    try {
      const figures: (LoadFigures & CpuPerRequest)[] = [];
      for (const endpoint of ENDPOINTS) {
        const list = urls[endpoint];
        if (list.length === 0) continue;
        await loadUrls(`${endpoint} warm-up`, api.url, [...list].reverse(), { bust: true, seconds: WARM_UP_S, connections: CONNECTIONS });
        const before = await cpuOf(api.pid, server.pid);
        const run = await loadUrls(endpoint, api.url, list, { bust: true, seconds: DURATION_S, connections: CONNECTIONS });
        figures.push({ ...run, ...perRequest(before, await cpuOf(api.pid, server.pid), run.requests), load1: loadavg()[0]! });
      }
      // Nothing answered is no evidence: a run where every request timed out reports p99 0.
      const verdict = (f: LoadFigures) =>
        f.requests > 0 && f.non2xx === 0 && f.p99 < AIM_P99_MS && f.timeouts === 0 && f.errors === 0 ? 'met' : 'NOT met';
      printTable(
        `HTTP on Neo4j ×${SCALE}, ${CONNECTIONS} connections, ${DURATION_S} s each after ${WARM_UP_S} s of warm-up on other URLs, no cache hits`,
        ['endpoint', 'distinct URLs', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'timeouts', 'errors', 'non-2xx', 'Node CPU ms/req', 'Neo4j CPU ms/req', 'load 1 min', `aim p99 < ${AIM_P99_MS} ms`],
        figures.map((f) => [
          f.label, f.distinctUrls, f.requests, Math.round(f.reqPerSec), f.p50, f.p99, f.timeouts, f.errors, f.non2xx,
          f.nodeCpuMsPerRequest?.toFixed(2) ?? null, f.neo4jCpuMsPerRequest?.toFixed(2) ?? null, f.load1.toFixed(1),
          ['neighbourhood', 'path'].includes(f.label) ? verdict(f) : null,
        ]),
      );
      recordResults('http-neo4j', { scale: SCALE, endpoints: figures });
    } finally {
      await api.stop();
    }
  } finally {
    await launched?.stop();
  }
}

interface LaunchedServer {
  readonly uri: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** A fresh Neo4j in a temporary home with the snapshot loaded by the real `tradegraph load`; stop() also removes the home. */
async function launchAndLoad(snapshot: string, nodes: number, edges: number): Promise<LaunchedServer> {
  const home = mkdtempSync(join(tmpdir(), 'tradegraph-http-neo4j-'));
  const server = await startNeo4j({ port: await freePort(), home, heap: '2g', pageCache: '512m', gc: 'parallel' });
  const stop = async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  };
  try {
    const env = { ...process.env, LOG_LEVEL: 'warn', NEO4J_URI: server.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' };
    const [command, args] = cliCommand('load', snapshot);
    const loaded = await measuredRun(command, args, { cwd: REPO, env });
    if (loaded.code !== 0) throw new Error(`tradegraph load exited with ${loaded.code}: ${loaded.stderr.slice(-2000)}`);
    console.log(`http-neo4j ×${SCALE}: ${nodes} nodes, ${edges} edges loaded in ${(loaded.wallMs / 1000).toFixed(1)} s`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { uri: server.uri, pid: server.pid, stop };
}

/**
 * CPU per answered request of the API process and of Neo4j, from /proc: on a shared 2-core
 * machine wall-clock latency follows the load, CPU time per request does not (the load average
 * of the run goes beside it).
 */
interface CpuPerRequest {
  readonly nodeCpuMsPerRequest: number | null;
  readonly neo4jCpuMsPerRequest: number | null;
  readonly load1: number;
}

async function cpuOf(apiPid: number, neo4jPid: number): Promise<{ api: number | null; neo4j: number | null }> {
  const [api, server] = await Promise.all([procFigures(apiPid), procFigures(neo4jPid)]);
  return { api: api?.cpuMs ?? null, neo4j: server?.cpuMs ?? null };
}

function perRequest(before: Awaited<ReturnType<typeof cpuOf>>, after: Awaited<ReturnType<typeof cpuOf>>, requests: number): Omit<CpuPerRequest, 'load1'> {
  const per = (a: number | null, b: number | null) => (a === null || b === null || requests === 0 ? null : (b - a) / requests);
  return { nodeCpuMsPerRequest: per(before.api, after.api), neo4jCpuMsPerRequest: per(before.neo4j, after.neo4j) };
}
