/**
 * Dev tool, not a bench: where a +1% load's time goes, statement by statement. Starts a server
 * like neo4j-load.bench.ts, loads seeds ×COPIES, reloads, then adds 1% twice, and prints for each
 * +1% load every statement the loader ran with its server time (resultAvailableAfter +
 * resultConsumedAfter) and wall time seen by the loader, and the loader's phase timings.
 * Run: npx tsx tests/bench/lib/split-load.ts  (BENCH_COPIES=100 by default)
 */
import { mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { Session as Inspector } from 'node:inspector/promises';
import { writeFileSync, readdirSync } from 'node:fs';
import { createNeo4jStore } from '../../../src/store/neo4j/index.js';
import { loadGraph } from '../../../src/store/neo4j/load-graph.js';
import { freePort, startNeo4j } from '../../../scripts/neo4j-launcher.js';
import { scaledSeedGraph } from '../../integration/support/scaled-seeds.js';
import { readSnapshot, writeSnapshot } from '../../../src/store/embedded/snapshot.js';
import type { GraphData } from '../../../src/domain/graph.js';

const COPIES = Number(process.env.BENCH_COPIES ?? 100);

interface Row {
  text: string;
  server: number;
  wall: number;
  rows: number;
  /** Roughly what was sent: the parameters as JSON, in KB. */
  kb: number;
}
let log: Row[] = [];

/** A driver whose transactions' run() are timed (wall at the loader, server time from the summary). */
function timedDriver(driver: Driver): Driver {
  const wrapTx = (tx: { run: (...a: unknown[]) => Promise<unknown> }) =>
    new Proxy(tx, {
      get(target, key, receiver) {
        if (key !== 'run') return Reflect.get(target, key, receiver);
        return async (text: string, params?: unknown) => {
          const started = performance.now();
          const result = (await target.run(text, params)) as { records: unknown[]; summary: { resultAvailableAfter: unknown; resultConsumedAfter: unknown } };
          const wall = performance.now() - started;
          const server = Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter);
          // Load statements take their lists inside $batch (statements.ts' batchOf).
          const p = (params as { batch?: Record<string, unknown> } | undefined)?.batch;
          const rows = Array.isArray(p?.rows) ? p.rows.length : Array.isArray(p?.ids) ? p.ids.length : Array.isArray(p?.nodes) ? p.nodes.length : 0;
          log.push({ text: text.slice(0, 110), server, wall, rows, kb: JSON.stringify(params ?? {}).length / 1024 });
          return result;
        };
      },
    });
  const wrapSession = (session: Record<string, unknown>) =>
    new Proxy(session, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (key === 'executeRead' || key === 'executeWrite') return (work: (tx: never) => unknown) => (value as (w: unknown) => unknown).call(target, (tx: never) => work(wrapTx(tx) as never));
        if (key === 'beginTransaction') return async () => wrapTx((await (value as () => Promise<never>).call(target)) as never);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key === 'session') return (...a: unknown[]) => wrapSession((value as (...a: unknown[]) => never).apply(target, a));
      if (key === 'executeQuery')
        return async (text: string, params: unknown, config: unknown) => {
          const started = performance.now();
          const result = (await (value as (...a: unknown[]) => Promise<{ summary: { resultAvailableAfter: unknown; resultConsumedAfter: unknown } }>).call(target, text, params, config));
          log.push({ text: text.slice(0, 110), server: Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter), wall: performance.now() - started, rows: 0, kb: JSON.stringify(params ?? {}).length / 1024 });
          return result;
        };
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const cpu = (pid: number) => {
  const own = process.cpuUsage();
  const stat = `/proc/${pid}/stat`;
  const fields = existsSync(stat) ? readFileSync(stat, 'utf8').split(') ')[1]!.split(' ') : null;
  return { node: (own.user + own.system) / 1e6, server: fields ? (Number(fields[11]) + Number(fields[12])) / 100 : NaN };
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tradegraph-split-'));
  const graphOf = async (copies: number): Promise<GraphData> => {
    const path = join(dir, `seeds-${copies}.json`);
    await writeSnapshot(path, await scaledSeedGraph(copies), { inputs: ['seeds'] });
    return (await readSnapshot(path)).graph;
  };
  const server = await startNeo4j({ port: await freePort(), home: join(dir, 'home'), heap: '2g', pageCache: '512m', gc: 'parallel' });
  try {
    const config = { uri: server.uri, user: 'neo4j', password: '', database: 'neo4j' };
    const store = await createNeo4jStore(config);
    const raw = neo4j.driver(server.uri, undefined, { userAgent: 'tradegraph' });
    const driver = timedDriver(raw);
    const options = { batchSize: 10_000, concurrency: 2 };
    const step = Math.max(1, Math.round(COPIES / 100));
    // Warm-up as the bench does.
    await store.load(await scaledSeedGraph(2));
    await store.load(await scaledSeedGraph(2));
    await store.load(await scaledSeedGraph(3));
    await store.clear();
    const threads = () => {
      const byName = new Map<string, number>();
      for (const task of readdirSync(`/proc/${server.pid}/task`)) {
        try {
          const stat = readFileSync(`/proc/${server.pid}/task/${task}/stat`, 'utf8');
          const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/[0-9]+/g, '#');
          const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          byName.set(name, (byName.get(name) ?? 0) + (Number(f[11]) + Number(f[12])) / 100);
        } catch {
          // a thread that ended meanwhile
        }
      }
      return byName;
    };
    const run = async (name: string, graph: GraphData, detail: boolean) => {
      log = [];
      const threadsBefore = threads();
      const inspector = process.env.SPLIT_PROFILE && detail ? new Inspector() : null;
      if (inspector) {
        inspector.connect();
        await inspector.post('Profiler.enable');
        await inspector.post('Profiler.start');
      }
      const before = cpu(server.pid);
      const started = performance.now();
      const stats = await loadGraph(driver, 'neo4j', graph, options);
      const wall = performance.now() - started;
      const after = cpu(server.pid);
      if (inspector) {
        const { profile } = await inspector.post('Profiler.stop');
        writeFileSync(`${process.env.SPLIT_PROFILE}-${name.replace(/[^a-z0-9]/gi, '')}.cpuprofile`, JSON.stringify(profile));
        inspector.disconnect();
      }
      const threadsAfter = threads();
      const threadCpu = [...threadsAfter].map(([n, v]) => [n, v - (threadsBefore.get(n) ?? 0)] as const).filter(([, v]) => v >= 0.02).sort((a, b) => b[1] - a[1]);
      console.log(
        `${name}: ${(wall / 1000).toFixed(2)} s wall, CPU loader ${(after.node - before.node).toFixed(2)} s server ${(after.server - before.server).toFixed(2)} s; ` +
          `ms ${JSON.stringify(stats.ms)} written ${stats.nodesWritten}+${stats.edgesWritten} compared ${JSON.stringify(stats.compared)} digests ${stats.digests}`,
      );
      if (detail) {
        console.log(`  server threads: ${threadCpu.map(([n, v]) => `${n} ${v.toFixed(2)}`).join(', ')}`);
        const sum = log.reduce((s, r) => s + r.server, 0);
        console.log(`  ${log.length} statements, server ms sum ${sum.toFixed(0)}, wall ms sum ${log.reduce((s, r) => s + r.wall, 0).toFixed(0)}, sent ~${log.reduce((s, r) => s + r.kb, 0).toFixed(0)} KB`);
        console.log('  server ms, wall ms, rows, KB sent, statement');
        for (const r of [...log].sort((a, b) => b.wall - a.wall).slice(0, 25)) console.log(`  ${r.server.toFixed(0).padStart(6)} ${r.wall.toFixed(0).padStart(6)} ${String(r.rows).padStart(6)} ${r.kb.toFixed(0).padStart(6)}  ${r.text}`);
      }
      return (after.node - before.node) + (after.server - before.server);
    };
    await run('first', await graphOf(COPIES), false);
    await run('reload', await graphOf(COPIES), true);
    // SPLIT_PLUS more +1% loads after the first (1 by default): whether the JIT share dies down.
    const pluses: number[] = [];
    for (let k = 1; k <= 1 + Number(process.env.SPLIT_PLUS ?? 1); k++) pluses.push(await run(`+1% #${k}`, await graphOf(COPIES + k * step), true));
    if (process.env.SPLIT_FULL !== '0') {
      await store.clear();
      const full = await run('full', await graphOf(COPIES + pluses.length * step), false);
      console.log(`ratios by CPU: ${pluses.map((plus, k) => `+1% #${k + 1} ${(full / plus).toFixed(1)}×`).join(', ')}`);
    }
    await raw.close();
    await store.close();
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
