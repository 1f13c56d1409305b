/**
 * Neo4j load on the seeds ×100 graph (copies of the seed releases with new ids, shifted dates and
 * new officials, ~77k elements): the store's first load, a reload of the same graph (hashes equal:
 * nothing written), adding 1% more releases on top, against a full reload of that bigger graph
 * (clear + load), and the next 1% on top (a server that has taken releases before; the first +1% is one that has only loaded the graph); and the first load side by side with `neo4j-admin database import full` end to
 * end (export CSV from the same records + import into an empty database + start the server +
 * create the constraints and indexes). Also the batched load against one row per transaction on
 * a 1k-element sample. Each path gets a server of its own (2 GiB heap, 512 MiB page cache,
 * ParallelGC, as `npm run neo4j:start`). Aims: reload ≥ 5× faster than the first load, +1% ≥ 20×
 * faster than a full reload, first load no slower than the import end to end.
 * BENCH_COPIES=10 runs a smaller graph.
 *
 * The graphs are loaded as `tradegraph load` loads them: written to a snapshot (which carries each
 * record's content hash, computed at build time) and read back, outside the measured time.
 * BENCH_NEO4J_FROM=memory loads the built graphs as they are instead, so every load hashes every
 * record (the `tradegraph build --store neo4j` path).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { GraphData } from '../../src/domain/graph.js';
import type { GraphStore } from '../../src/domain/store.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { edgeToStored, nodeToStored } from '../../src/store/neo4j/records.js';
import { findJava, freePort, REPO_ROOT, startNeo4j, type RunningNeo4j } from '../../scripts/neo4j-launcher.js';
import { scaledSeedGraph } from '../integration/support/scaled-seeds.js';
import { readSnapshot, writeSnapshot } from '../../src/store/embedded/snapshot.js';

const COPIES = Number(process.env.BENCH_COPIES ?? 100);
const FROM_SNAPSHOT = process.env.BENCH_NEO4J_FROM !== 'memory';
const SERVER = { heap: '2g', pageCache: '512m', gc: 'parallel' } as const;
const LAUNCHER = join(REPO_ROOT, 'neo4j-launcher', 'target');

const seconds = async <T>(work: () => Promise<T>): Promise<{ value: T; s: number }> => {
  const started = performance.now();
  const value = await work();
  return { value, s: (performance.now() - started) / 1000 };
};
/** CPU seconds of this process and of the server so far; on a shared machine the fair measure (wall carries others' load). */
const cpuSeconds = (serverPid: number) => {
  const own = process.cpuUsage();
  const stat = `/proc/${serverPid}/stat`;
  // Fields 14 and 15 of /proc/PID/stat (utime, stime) in clock ticks, 100 per second on Linux.
  const fields = existsSync(stat) ? readFileSync(stat, 'utf8').split(') ')[1]!.split(' ') : null;
  return { node: (own.user + own.system) / 1e6, server: fields ? (Number(fields[11]) + Number(fields[12])) / 100 : NaN, jit: compilerSeconds(serverPid) };
};
/** CPU seconds of the server JVM's JIT compiler threads (C1, C2): part of `server`, shown apart since a long-running server has mostly paid it. */
const compilerSeconds = (serverPid: number) => {
  let total = 0;
  const tasks = `/proc/${serverPid}/task`;
  if (!existsSync(tasks)) return NaN;
  for (const task of readdirSync(tasks)) {
    try {
      const stat = readFileSync(`${tasks}/${task}/stat`, 'utf8');
      if (!/^C[12] CompilerThre/.test(stat.slice(stat.indexOf('(') + 1))) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // a compiler thread that ended meanwhile
    }
  }
  return total;
};
const config = (uri: string) => ({ uri, user: 'neo4j', password: '', database: 'neo4j' });
const elements = (g: GraphData) => g.nodes.length + g.edges.length;

export default async function neo4jLoadBench(): Promise<void> {
  if (!findJava()) {
    console.log('neo4j-load: skipped, Java 17 not found');
    return;
  }
  const homes: string[] = [];
  const servers: RunningNeo4j[] = [];
  const home = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradegraph-neo4j-bench-'));
    homes.push(dir);
    return dir;
  };
  try {
    const snapshots = home();
    /** The graph of `copies` copies as the load command gets it: from a snapshot, or as built. */
    const graphOf = async (copies: number): Promise<GraphData> => {
      const built = await scaledSeedGraph(copies);
      if (!FROM_SNAPSHOT) return built;
      const path = join(snapshots, `seeds-${copies}.json`);
      await writeSnapshot(path, built, { inputs: ['seeds'] });
      return (await readSnapshot(path)).graph;
    };
    const graph = await graphOf(COPIES);
    const step = Math.max(1, Math.round(COPIES / 100));
    const bigger = await graphOf(COPIES + step);
    console.log(`neo4j-load: graphs ${FROM_SNAPSHOT ? 'read from snapshots (content hashes carried)' : 'as built (every load hashes every record)'}`);
    console.log(`neo4j-load: seeds ×${COPIES}, ${graph.nodes.length} nodes + ${graph.edges.length} relationships; +1%: ${elements(bigger) - elements(graph)} more elements`);

    const server = await startNeo4j({ port: await freePort(), home: home(), ...SERVER });
    servers.push(server);
    const connect = await seconds(() => createNeo4jStore(config(server.uri)));
    const store = connect.value;
    try {
      // Wall and CPU (this process, the server) of one load.
      const measured = async (work: () => Promise<unknown>) => {
        const before = cpuSeconds(server.pid);
        const run = await seconds(work);
        const after = cpuSeconds(server.pid);
        return { s: run.s, node: after.node - before.node, server: after.server - before.server, jit: after.jit - before.jit };
      };
      const warmGraph = await scaledSeedGraph(2);
      const fresh = await measured(() => warmUp(store, warmGraph));
      const first = await measured(() => store.load(graph));
      const reload = await measured(() => store.load(graph));
      const plus = await measured(() => store.load(bigger));
      // The first load adding releases plans the statements a first load never sends and compiles
      // their code paths (a server that has only loaded the graph); the second shows a server that
      // has taken releases before.
      const biggest = await graphOf(COPIES + 2 * step);
      const plusAgain = await measured(() => store.load(biggest));
      await store.clear();
      const full = await measured(() => store.load(biggest));
      const rate = (run: { s: number }, g: GraphData) => `${Math.round(elements(g) / run.s)} elements/s`;
      const cpu = (run: { node: number; server: number; jit: number }) => `CPU ${run.node.toFixed(2)} s loader + ${run.server.toFixed(2)} s server (${run.jit.toFixed(2)} s of it JIT compiling)`;
      const cpuRatio = (a: { node: number; server: number }, b: { node: number; server: number }) => ((a.node + a.server) / (b.node + b.server)).toFixed(1);
      console.log(`neo4j-load: the fresh server's first load (warm-up: ${elements(warmGraph)} elements, loaded and cleared), ${fresh.s.toFixed(2)} s, ${cpu(fresh)}`);
      console.log(`neo4j-load: first load, ${first.s.toFixed(2)} s (${rate(first, graph)}), ${cpu(first)}; schema on an empty database ${connect.s.toFixed(2)} s`);
      console.log(`neo4j-load: reload of the unchanged graph, ${reload.s.toFixed(2)} s, ${cpu(reload)}; ${(first.s / reload.s).toFixed(1)}× faster than the first load by wall, ${cpuRatio(first, reload)}× by CPU (aim ≥ 5×)`);
      console.log(
        `neo4j-load: +1% releases on top, ${plus.s.toFixed(2)} s, ${cpu(plus)}; full reload of a graph 2% bigger (clear + load) ${full.s.toFixed(2)} s, ${cpu(full)}; ` +
          `${(full.s / plus.s).toFixed(1)}× by wall, ${cpuRatio(full, plus)}× by CPU (aim ≥ 20×); the next +1% on top ${plusAgain.s.toFixed(2)} s, ${cpu(plusAgain)}, ` +
          `${(full.s / plusAgain.s).toFixed(1)}× by wall, ${cpuRatio(full, plusAgain)}× by CPU. the unchanged reload (digests compared, nothing written) is ${cpuRatio(full, reload)}× cheaper by CPU than the full reload`,
      );

      await store.clear();
      const sample = await scaledSeedGraph(1);
      const part = { ...sample, nodes: sample.nodes.slice(0, 350), edges: sample.edges.filter((e) => sample.nodes.slice(0, 350).some((n) => n.id === e.source) && sample.nodes.slice(0, 350).some((n) => n.id === e.target)) };
      const naiveStore = await createNeo4jStore(config(server.uri), { batchSize: 1, loadConcurrency: 1 });
      const naive = await seconds(() => naiveStore.load(part));
      await naiveStore.close();
      await store.clear();
      const batched = await seconds(() => store.load(part));
      console.log(`neo4j-load: ${elements(part)} elements one row per transaction ${naive.s.toFixed(2)} s vs batched ${batched.s.toFixed(2)} s, ${(naive.s / batched.s).toFixed(1)}×`);
      await store.clear();
      const imported = await importEndToEnd(graph, home());
      servers.push(imported.server);
      const total = imported.exportS + imported.importS + imported.startS + imported.schemaS;
      console.log(
        `neo4j-load: neo4j-admin import end to end ${total.toFixed(2)} s (CSV export ${imported.exportS.toFixed(2)} + import ${imported.importS.toFixed(2)} + server start ${imported.startS.toFixed(2)} + constraints and indexes ${imported.schemaS.toFixed(2)}); without the server start ${(total - imported.startS).toFixed(2)} s`,
      );
      console.log(`neo4j-load: first load ${(first.s + connect.s).toFixed(2)} s with its schema, ${((total - imported.startS) / (first.s + connect.s)).toFixed(2)}× the import's speed without its server start (aim ≥ 1)`);
    } finally {
      await store.close();
    }
  } finally {
    await Promise.allSettled(servers.map((s) => s.stop()));
    for (const dir of homes) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A server that has loaded a graph before: a small graph loaded and cleared, so the first load is
 * not also the JVM's first work, and nothing more. The warm-up once also added releases on top of
 * the small graph three times, planning every statement a load adding releases sends and running
 * its code paths before they were measured — work no user's server does before its first such
 * load. Without it the first +1% shows what a server that has only loaded the graph pays (its
 * first plans of the compare, merge and append statements, and the JIT compiling their paths),
 * and the next +1% what one that has taken releases before pays.
 */
async function warmUp(store: GraphStore, graph: GraphData): Promise<void> {
  await store.load(graph);
  await store.clear();
}

/**
 * The import path: the same records as the store writes them (hash included) to CSV, imported by
 * the admin tool from the launcher's jars into a fresh home, then the server started on it and the
 * store's schema applied (index population included: applySchema awaits the indexes).
 */
async function importEndToEnd(graph: GraphData, home: string) {
  const csv = join(home, 'csv');
  mkdirSync(csv, { recursive: true });
  mkdirSync(join(home, 'conf'), { recursive: true });
  writeFileSync(join(home, 'conf', 'neo4j.conf'), '');
  const exported = await seconds(async () => {
    await writeCsv(join(csv, 'nodes.csv'), graph.nodes.map((n) => ({ ...nodeToStored(n), ':LABEL': ['Node', n.attributes.label] })), 'id:ID');
    await writeCsv(
      join(csv, 'relationships.csv'),
      graph.edges.map((e) => ({ ':START_ID': e.source, ':END_ID': e.target, ':TYPE': e.attributes.type, ...edgeToStored(e) })),
      null,
    );
  });
  const imported = await seconds(async () => {
    const run = spawnSync(
      findJava()!,
      [
        `-Xmx${SERVER.heap}`,
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '-cp',
        `${join(LAUNCHER, 'neo4j-launcher.jar')}:${join(LAUNCHER, 'lib', '*')}`,
        'org.neo4j.cli.AdminTool',
        'database',
        'import',
        'full',
        `--nodes=${join(csv, 'nodes.csv')}`,
        `--relationships=${join(csv, 'relationships.csv')}`,
        '--multiline-fields=true',
        '--array-delimiter=U+001F',
        '--overwrite-destination=true',
        `--report-file=${join(home, 'import.report')}`,
        'neo4j',
      ],
      { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') }, encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`neo4j-admin import failed (${run.status}): ${run.stdout.slice(-2000)}${run.stderr.slice(-2000)}`);
  });
  const started = await seconds(async () => startNeo4j({ port: await freePort(), home, ...SERVER }));
  const schema = await seconds(() => createNeo4jStore(config(started.value.uri)));
  const counts = await schema.value.counts();
  await schema.value.close();
  const stored = Object.values(counts.nodesByLabel).reduce((a, b) => a + b, 0) + Object.values(counts.edgesByType).reduce((a, b) => a + b, 0);
  if (stored !== elements(graph)) throw new Error(`the import stored ${stored} elements, expected ${elements(graph)}`);
  return { server: started.value, exportS: exported.s, importS: imported.s, startS: started.s, schemaS: schema.s };
}

/** One CSV with a typed header over the union of the rows' keys; every value quoted. */
async function writeCsv(file: string, rows: readonly Record<string, unknown>[], idColumn: string | null): Promise<void> {
  const types = new Map<string, string>();
  for (const row of rows) for (const [key, value] of Object.entries(row)) if (value !== undefined && value !== null && !types.has(key)) types.set(key, columnType(key, value));
  const keys = [...types.keys()];
  const header = keys.map((key) => (key === 'id' && idColumn ? idColumn : key.startsWith(':') ? key : `${key}:${types.get(key)}`));
  const out = createWriteStream(file);
  const write = (line: string) => (out.write(line) ? Promise.resolve() : new Promise<void>((done) => out.once('drain', () => done())));
  await write(`${header.join(',')}\n`);
  for (const row of rows) await write(`${keys.map((key) => field(row[key])).join(',')}\n`);
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
}

function columnType(key: string, value: unknown): string {
  if (key.startsWith(':')) return '';
  if (Array.isArray(value)) return 'string[]';
  return neo4j.isInt(value) ? 'long' : 'string';
}

function field(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join('\u001f') : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}
