/**
 * The graph questions on Neo4j under load (issue 13: "On Neo4j (100×): neighbourhood and path p99
 * < 100 ms"). A real Neo4j Community server (the launcher, as `npm run neo4j:start`), the 100×
 * snapshot loaded with `tradegraph load`, the real `tradegraph serve` on it, 50 connections over
 * ≥ 10k distinct URLs per endpoint, each uncached (`_bench=N`). Per endpoint: req/s, p50, p99,
 * timeouts, errors. BENCH_NEO4J_SCALE picks another scale, BENCH_HTTP_SECONDS the duration.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findJava, freePort, startNeo4j } from '../../scripts/neo4j-launcher.js';
import { loadUrls, type LoadFigures } from './lib/autocannon-run.js';
import { cliCommand, REPO } from './lib/cli.js';
import { drawUrls, type Endpoint } from './lib/draw-urls.js';
import { measuredRun } from './lib/measured-run.js';
import { recordResults } from './lib/results.js';
import { startServe } from './lib/serve-child.js';
import { printTable } from './lib/table.js';
import { snapshotFor } from './lib/scale-snapshot.js';
import { BENCH_SEED } from './lib/work-dir.js';

const SCALE = Number(process.env.BENCH_NEO4J_SCALE ?? 100);
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const AIM_P99_MS = 100;
const ENDPOINTS = (process.env.BENCH_ENDPOINTS?.split(',') ?? ['neighbourhood', 'path', 'entity', 'search', 'meetings']) as Endpoint[];

export default async function httpNeo4jBench(): Promise<void> {
  if (!findJava()) {
    console.log('http-neo4j: skipped, Java 17 not found');
    return;
  }
  const snapshot = await snapshotFor(SCALE);
  const { readSnapshot } = await import('../../src/store/index.js');
  const { graph } = await readSnapshot(snapshot);
  const urls = drawUrls(graph, BENCH_SEED);
  const home = mkdtempSync(join(tmpdir(), 'tradegraph-http-neo4j-'));
  const server = await startNeo4j({ port: await freePort(), home, heap: '2g', pageCache: '512m', gc: 'parallel' });
  try {
    const env = { ...process.env, LOG_LEVEL: 'warn', NEO4J_URI: server.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' };
    const [command, args] = cliCommand('load', snapshot);
    const loaded = await measuredRun(command, args, { cwd: REPO, env });
    if (loaded.code !== 0) throw new Error(`tradegraph load exited with ${loaded.code}: ${loaded.stderr.slice(-2000)}`);
    console.log(`http-neo4j ×${SCALE}: ${graph.nodes.length} nodes, ${graph.edges.length} edges loaded in ${(loaded.wallMs / 1000).toFixed(1)} s`);
    const api = await startServe(snapshot, { neo4jUri: server.uri });
    try {
      const figures: LoadFigures[] = [];
      for (const endpoint of ENDPOINTS) {
        const list = urls[endpoint];
        if (list.length === 0) continue;
        await loadUrls(`${endpoint} warm-up`, api.url, [...list].reverse(), { bust: true, seconds: 2, connections: CONNECTIONS });
        figures.push(await loadUrls(endpoint, api.url, list, { bust: true, seconds: DURATION_S, connections: CONNECTIONS }));
      }
      const verdict = (f: LoadFigures) => (f.p99 < AIM_P99_MS && f.timeouts === 0 && f.errors === 0 ? 'met' : 'NOT met');
      printTable(
        `HTTP on Neo4j ×${SCALE}, ${CONNECTIONS} connections, ${DURATION_S} s each, no cache hits`,
        ['endpoint', 'distinct URLs', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'timeouts', 'errors', 'non-2xx', `aim p99 < ${AIM_P99_MS} ms`],
        figures.map((f) => [f.label, f.distinctUrls, f.requests, Math.round(f.reqPerSec), f.p50, f.p99, f.timeouts, f.errors, f.non2xx, ['neighbourhood', 'path'].includes(f.label) ? verdict(f) : null]),
      );
      recordResults('http-neo4j', { scale: SCALE, endpoints: figures });
    } finally {
      await api.stop();
    }
  } finally {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
}
