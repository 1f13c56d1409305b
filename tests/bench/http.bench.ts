/**
 * HTTP under load as users make it: the real `tradegraph serve` on the 100× graph (and 1000× under
 * `npm run bench:large`), 50 connections, every request a different question drawn from the graph
 * (lib/draw-urls.ts: ≥ 10k distinct URLs in all), each also carrying a unique `_bench=N` parameter
 * the API ignores, so the answer cache never hits: the figures are uncached speed. Request logs
 * are off (LOG_LEVEL=warn). Per endpoint: req/s, p50, p99, timeouts, errors and non-2xx answers,
 * next to a bare Express hello-world measured in the same run (before and after; their mean is
 * the reference). Aims (issue 13): p99 < 50 ms and ≥ 30% of hello-world's req/s, no timeouts, no errors.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { loadUrls, type LoadFigures } from './lib/autocannon-run.js';
import { procFigures } from './lib/measured-run.js';
import { REPO, tsxScript } from './lib/cli.js';
import { drawUrls, type Endpoint } from './lib/draw-urls.js';
import { recordResults } from './lib/results.js';
import { startServe } from './lib/serve-child.js';
import { printTable } from './lib/table.js';
import { snapshotFor } from './lib/scale-snapshot.js';
import { BENCH_SEED, builtSnapshots } from './lib/work-dir.js';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const WARMUP_S = 2;
const AIMS = { p99Ms: 50, ratio: 0.3 } as const;

/** An endpoint's load figures and the serving process's CPU time per answered request (null without /proc). */
interface Figures extends LoadFigures {
  readonly cpuMsPerRequest: number | null;
}


function httpScales(): number[] {
  if (process.env.BENCH_HTTP_SCALES) return process.env.BENCH_HTTP_SCALES.split(',').map(Number);
  return process.env.BENCH_LARGE ? [100, 1000] : [100];
}

/** BENCH_HTTP_ENDPOINTS=country,path loads only these endpoints (all when unset). */
function wantedEndpoints(): ReadonlySet<string> | null {
  return process.env.BENCH_HTTP_ENDPOINTS ? new Set(process.env.BENCH_HTTP_ENDPOINTS.split(',')) : null;
}

/**
 * The scale's snapshot: BENCH_HTTP_SNAPSHOT when given (one scale: a snapshot built beforehand,
 * e.g. from `npm run bench:corpus`), else the one the stage bench built in this run, else a fresh
 * build through the CLI.
 */
function snapshotOf(scale: number): Promise<string> {
  return process.env.BENCH_HTTP_SNAPSHOT ? Promise.resolve(process.env.BENCH_HTTP_SNAPSHOT) : snapshotFor(scale);
}

async function startHello(): Promise<{ url: string; pid: number; stop: () => void }> {
  const [command, args] = tsxScript('tests/bench/lib/hello-world.ts');
  const child = spawn(command, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (b: Buffer) => {
      const match = /listening on (\d+)/.exec(b.toString('utf8'));
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`hello-world exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

/** Whether the API accepts an unknown query parameter; if it refuses one, the cycle through distinct URLs alone must defeat the cache. */
async function bustable(base: string, path: string): Promise<boolean> {
  const response = await fetch(`${base}${path}${path.includes('?') ? '&' : '?'}_bench=0`);
  await response.arrayBuffer();
  return response.status !== 400;
}

/**
 * Waits until the server answers a cheap question quickly again. Requests that timed out on the
 * client may still be queued in the server; without this they would weigh on the next endpoint.
 */
async function drained(base: string, quickMs = 100, patienceMs = 180_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const asked = performance.now();
    const response = await fetch(`${base}/api/stats?_drain=${asked}`).catch(() => null);
    await response?.arrayBuffer();
    const took = performance.now() - asked;
    if ((response && response.status < 500 && took < quickMs) || performance.now() - started > patienceMs) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The nanoseconds the main thread of `pid` has run and waited to run (/proc/<pid>/schedstat), or
 * null without it: on a loaded machine a busy process spends most of its time waiting for a core,
 * so CPU time alone cannot tell it from an idle one.
 */
async function busyNs(pid: number): Promise<number | null> {
  try {
    const [run, wait] = (await readFile(`/proc/${pid}/schedstat`, 'utf8')).trim().split(' ').map(Number);
    return run! + wait!;
  } catch {
    return null;
  }
}

/**
 * Waits until the server `pid` is idle (running or waiting to run under a tenth of a second
 * per second): after the first answer it still builds its shared indexes (the search index's
 * fuzzy neighbours take seconds; at 1000× warming took 110 s of CPU, 10 min at a load of 30),
 * whose CPU time would otherwise be charged to the first endpoints measured.
 */
async function settled(pid: number, patienceMs = 1_200_000): Promise<number> {
  const started = performance.now();
  let last = await busyNs(pid);
  while (last !== null && performance.now() - started < patienceMs) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = await busyNs(pid);
    if (now === null || now - last < 100_000_000) break;
    last = now;
  }
  return performance.now() - started;
}

/**
 * Runs autocannon on `base` with the URLs in turn (a shared counter across the 50 connections),
 * reading the CPU time the serving process `pid` spent meanwhile: on a shared machine req/s carry
 * other processes' load, CPU per request much less so.
 */
async function load(label: string, base: string, pid: number, urls: readonly string[], bust: boolean, seconds = DURATION_S): Promise<Figures> {
  const before = await procFigures(pid);
  const figures = await loadUrls(label, base, urls, { bust, seconds, connections: CONNECTIONS });
  const after = await procFigures(pid);
  const cpuMsPerRequest = before && after && figures.requests > 0 ? Math.round(((after.cpuMs - before.cpuMs) / figures.requests) * 1000) / 1000 : null;
  return { ...figures, cpuMsPerRequest };
}

async function benchScale(scale: number): Promise<Record<string, unknown>> {
  if (builtSnapshots.failed.has(scale)) {
    console.log(`×${scale}: skipped, the build failed at this scale in the stage bench (see above)`);
    return { scale, skipped: 'build failed' };
  }
  const snapshot = await snapshotOf(scale);
  const { readSnapshot } = await import('../../src/store/index.js');
  const { graph } = await readSnapshot(snapshot);
  const urls = drawUrls(graph, BENCH_SEED);
  const graphSize = `${graph.nodes.length} nodes, ${graph.edges.length} edges`;
  const distinct = Object.values(urls).reduce((n, list) => n + list.length, 0);
  console.log(`×${scale}: ${graphSize}; ${distinct.toLocaleString('en-US')} distinct URLs drawn (${Object.entries(urls).map(([e, l]) => `${e} ${l.length}`).join(', ')})`);

  const hello = await startHello();
  // A server that never listens (a bad node flag in BENCH_SERVE_FLAGS, a corrupt snapshot) must not leave hello-world running.
  const api = await startServe(snapshot).catch((error: unknown) => {
    hello.stop();
    throw error;
  });
  try {
    console.log(`the server answered ${(api.readyMs / 1000).toFixed(1)} s after start and settled (warm indexes built) ${(await settled(api.pid) / 1000).toFixed(1)} s later`);
    const bust = await bustable(api.url, urls.search[0]!);
    if (!bust) console.log('the API refuses an unknown parameter: no cache-busting suffix; distinct URLs cycle through a list longer than the cache instead');
    const helloBefore = await load('hello-world (before)', hello.url, hello.pid, ['/'], false);
    const endpoints: Figures[] = [];
    const wanted = wantedEndpoints();
    for (const [endpoint, list] of Object.entries(urls) as Array<[Endpoint, string[]]>) {
      if (list.length === 0 || (wanted && !wanted.has(endpoint))) continue;
      // Warm-up with the tail of the list; the measured run starts from the head.
      await load(`${endpoint} warm-up`, api.url, api.pid, [...list].reverse(), bust, WARMUP_S);
      await drained(api.url);
      endpoints.push(await load(endpoint, api.url, api.pid, list, bust));
      const backlog = await drained(api.url);
      if (backlog > 1000) console.log(`${endpoint}: the server took ${(backlog / 1000).toFixed(1)} s after the run to answer quickly again (requests still queued)`);
    }
    const helloAfter = await load('hello-world (after)', hello.url, hello.pid, ['/'], false);
    // The server's high-water mark over start-up, warm-up and every measured run: a heap setting that buys speed with memory shows here.
    const servePeakRssBytes = (await procFigures(api.pid))?.peakRssBytes ?? null;
    const helloRate = (helloBefore.reqPerSec + helloAfter.reqPerSec) / 2;
    const verdict = (f: Figures) => (f.p99 < AIMS.p99Ms && f.reqPerSec / helloRate >= AIMS.ratio && f.timeouts === 0 && f.errors === 0 ? 'met' : 'NOT met');
    printTable(
      `HTTP ×${scale} (${graphSize}), ${CONNECTIONS} connections, ${DURATION_S} s each, no cache hits${bust ? '' : ' (by cycling)'}`,
      ['endpoint', 'distinct URLs', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'timeouts', 'errors', 'non-2xx', 'CPU ms/req', 'vs hello', 'aim'],
      [
        ...[helloBefore, helloAfter].map((f) => [f.label, f.distinctUrls, f.requests, Math.round(f.reqPerSec), f.p50, f.p99, f.timeouts, f.errors, f.non2xx, f.cpuMsPerRequest, null, null]),
        ...endpoints.map((f) => [f.label, f.distinctUrls, f.requests, Math.round(f.reqPerSec), f.p50, f.p99, f.timeouts, f.errors, f.non2xx, f.cpuMsPerRequest, `${((f.reqPerSec / helloRate) * 100).toFixed(0)}%`, verdict(f)]),
      ],
    );
    if (servePeakRssBytes !== null) console.log(`serve peak RSS ${Math.round(servePeakRssBytes / 2 ** 20).toLocaleString('en-US')} MiB (at its first answer ${Math.round((api.atReady?.peakRssBytes ?? 0) / 2 ** 20).toLocaleString('en-US')} MiB)`);
    console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' ')} at the end (2 cores: above 2, other processes share the CPU)`);
    console.log(`aim per endpoint: p99 < ${AIMS.p99Ms} ms, ≥ ${AIMS.ratio * 100}% of hello-world (${Math.round(helloRate)} req/s, mean of before and after), no timeouts, no errors`);
    return { scale, graph: graphSize, bust, hello: [helloBefore, helloAfter], endpoints, servePeakRssBytes };
  } finally {
    await api.stop();
    hello.stop();
  }
}

export default async function httpBench(): Promise<void> {
  const results = [];
  for (const scale of httpScales()) results.push(await benchScale(scale));
  recordResults('http', results);
}
