/**
 * HTTP throughput and latency of the API over the embedded store loaded with the seed graph (the
 * hand-built fixture when the pipeline cannot run), next to a bare Express hello-world in the same
 * run: requests/s, p50/p99 latency and the API/hello-world ratio. Targets: p99 < 20 ms and at least
 * half of hello-world's requests/s. As `tradegraph serve` does, the servers run in their own process
 * (so autocannon does not share their event loop) over a snapshot file, without the extraction
 * models in memory; everything is on loopback and bounded in time.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const CONNECTIONS = 50;
const DURATION_S = 6;
const ROLE = 'TRADEGRAPH_HTTP_BENCH_SNAPSHOT';

interface Ready {
  readonly api: number;
  readonly hello: number;
  readonly graph: string;
  readonly searchQuery: string;
  readonly entityId: string;
}

/** Writes the seed graph (or the fixture, when the pipeline fails) as a snapshot; says which. */
async function writeBenchSnapshot(path: string): Promise<string> {
  const { writeSnapshot } = await import('../../src/store/index.js');
  try {
    const { runPipeline } = await import('../../src/pipeline/index.js');
    await writeSnapshot(path, (await runPipeline(['seeds'])).graph, { inputs: ['seeds'] });
    return 'seeds/';
  } catch (error) {
    const { fixtureGraph } = await import('../unit/query/fixture-graph.js');
    await writeSnapshot(path, fixtureGraph(), { inputs: ['fixture'] });
    return `fixture (seed pipeline failed: ${(error as Error).message})`;
  }
}

/** Child role: the API and the hello-world on ephemeral loopback ports; reports them to the parent. */
async function serve(snapshot: string): Promise<void> {
  const express = (await import('express')).default;
  const { createApp } = await import('../../src/api/index.js');
  const { DEFAULT_CONFIG } = await import('../../src/config/index.js');
  const { createEmbeddedStore, readSnapshot } = await import('../../src/store/index.js');
  const { createQueryService } = await import('../../src/query/index.js');
  const { graph } = await readSnapshot(snapshot);
  const store = createEmbeddedStore(graph);
  const query = createQueryService(store);
  const people = await store.listNodes(['Person']);
  const degree = await Promise.all(people.map(async (p) => [p, (await store.edgesOf(p.id)).length] as const));
  const [busiest] = degree.sort((a, b) => b[1] - a[1] || (a[0].id < b[0].id ? -1 : 1))[0]!;
  await query.search('warm', { limit: 1 });

  const app = createApp({ query, config: { ...DEFAULT_CONFIG, logLevel: 'silent' }, webDir: null });
  const hello = express();
  hello.get('/', (_req, res) => {
    res.json({ hello: 'world' });
  });
  const listen = (handler: typeof hello) =>
    new Promise<number>((resolve) => {
      const server = handler.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const ready: Ready = {
    api: await listen(app),
    hello: await listen(hello),
    graph: `${graph.nodes.length} nodes, ${graph.edges.length} edges`,
    searchQuery: busiest.attributes.name.toLowerCase().replace(/-/g, ' '),
    entityId: busiest.id,
  };
  process.send!(ready);
}

async function measure(label: string, url: string): Promise<number> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  const failed = result.non2xx + result.errors + result.timeouts;
  console.log(`${label}: requests/s ${result.requests.average.toFixed(0)} req/s`);
  console.log(`${label}: latency p50 ${result.latency.p50} ms`);
  console.log(`${label}: latency p99 ${result.latency.p99} ms`);
  if (failed > 0) console.log(`${label}: failed responses ${failed} count`);
  return result.requests.average;
}

export default async function httpBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tradegraph-http-bench-'));
  const snapshot = join(dir, 'graph.json');
  const source = await writeBenchSnapshot(snapshot);
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], { env: { ...process.env, [ROLE]: snapshot }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  try {
    const ready = await new Promise<Ready>((resolve, reject) => {
      child.once('message', (message) => resolve(message as Ready));
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });
    console.log(`graph: ${source}: ${ready.graph}`);
    const helloRate = await measure('hello-world', `http://127.0.0.1:${ready.hello}/`);
    const search = `http://127.0.0.1:${ready.api}/api/search?q=${encodeURIComponent(ready.searchQuery)}&limit=10`;
    const searchRate = await measure(`GET /api/search?q=${ready.searchQuery}`, search);
    const hood = `http://127.0.0.1:${ready.api}/api/entities/${encodeURIComponent(ready.entityId)}/neighbourhood?depth=1`;
    const hoodRate = await measure(`GET /api/entities/${ready.entityId}/neighbourhood`, hood);
    console.log(`search vs hello-world: ratio ${((searchRate / helloRate) * 100).toFixed(0)} %`);
    console.log(`neighbourhood vs hello-world: ratio ${((hoodRate / helloRate) * 100).toFixed(0)} %`);
  } finally {
    child.kill();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.env[ROLE]) await serve(process.env[ROLE]);
