/**
 * The build as users run it, stage by stage, at 1×, 10× and 100× the sample (1000× under
 * `npm run bench:large`): a generated corpus (tests/bench/corpus) goes through the real CLI,
 * `tradegraph build --json` in a child process, then `tradegraph serve` until its first answer
 * (snapshot read), then `tradegraph load` into a Neo4j of its own when Java and the launcher are
 * there. Per-stage figures come from the CLI's `stages` when it reports them; otherwise a probe
 * runs the same stages in one process (lib/staged-build.ts), up to 100×, and the table says so. One table per
 * stage: documents, words, wall, CPU, peak RSS, throughput and the growth exponent between
 * consecutive scales, of wall time (the issue's measure) and of CPU time (steadier when other
 * processes share the machine: wall time then carries their load). Aims (issue 13): 1000× build < 5 min wall and < 2 GiB peak RSS; every
 * stage's exponent from 100× to 1000× ≤ 1.05.
 */
import { rm } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus, type CorpusStats } from './corpus/index.js';
import { cliCommand, REPO, tsxScript } from './lib/cli.js';
import { growthExponent } from './lib/growth.js';
import { measuredRun, procFigures, type ProcessFigures } from './lib/measured-run.js';
import { recordResults } from './lib/results.js';
import { startServe } from './lib/serve-child.js';
import { STAGES, stageName, stagesOf, type StageFigure, type StageName } from './lib/stage-figures.js';
import { mib, perSecond, printTable, seconds } from './lib/table.js';
import { BENCH_SEED, benchScales, builtSnapshots, workDir } from './lib/work-dir.js';

const GIB = 1024 ** 3;
const AIMS = { buildWallMs: 5 * 60_000, peakRssBytes: 2 * GIB, exponent: 1.05 } as const;

/** One stage at one scale; `items` is what the stage works through (records, documents, graph elements). */
interface StageRow extends ProcessFigures {
  readonly items: number;
  readonly source: 'cli' | 'probe' | 'process';
}

interface ScaleResult {
  readonly scale: number;
  readonly corpus: CorpusStats;
  readonly documents: number;
  readonly graph: { nodes: number; edges: number };
  readonly build: ProcessFigures;
  readonly stages: Partial<Record<StageName, StageRow>>;
  /** Why the build failed at this scale (its figures up to the failure are kept); null when it succeeded. */
  readonly failure: string | null;
}

interface Neo4jTarget {
  readonly uri: string;
  readonly pid: number | null;
  clear(): Promise<void>;
  close(): Promise<void>;
}

/** Only the figures of a run: its output (the whole build summary) stays out of the results file. */
const figuresOf = (run: ProcessFigures): ProcessFigures => ({ wallMs: run.wallMs, cpuMs: run.cpuMs, peakRssBytes: run.peakRssBytes });

const lastLines = (text: string, n: number): string => text.trim().split('\n').slice(-n).join('\n');

function fail(what: string, run: { code: number | null; stderr: string }): never {
  throw new Error(`${what} exited with ${run.code}: ${lastLines(run.stderr, 8)}`);
}

/**
 * The probe builds the corpus a second time, so by default it runs only up to 100×: at 1000× on a
 * shared two-core machine it would double a run of many minutes (BENCH_PROBE_MAX_SCALE raises it,
 * 0 turns it off).
 */
const PROBE_MAX_SCALE = Number(process.env.BENCH_PROBE_MAX_SCALE ?? 100);

/** Per-stage figures from the build summary, or from the probe when the CLI gives none. */
async function buildStages(summary: unknown, scale: number, corpusDir: string, scratch: string): Promise<{ rows: Partial<Record<StageName, StageRow>>; source: 'cli' | 'probe' | null }> {
  let stages = stagesOf(summary);
  let source: 'cli' | 'probe' = 'cli';
  if (!stages && scale <= PROBE_MAX_SCALE) {
    const [command, args] = tsxScript('tests/bench/lib/staged-build.ts', join(scratch, 'probe.json'), corpusDir);
    const probe = await measuredRun(command, args, { cwd: REPO });
    if (probe.code !== 0) fail('the staged-build probe', probe);
    stages = stagesOf(JSON.parse(probe.stdout));
    source = 'probe';
    await rm(join(scratch, 'probe.json'), { force: true });
  }
  if (!stages) return { rows: {}, source: null };
  const rows: Partial<Record<StageName, StageRow>> = {};
  for (const s of stages as StageFigure[]) {
    const name = stageName(s.stage);
    if (name && !rows[name]) rows[name] = { items: s.items, wallMs: s.wallMs, cpuMs: s.cpuMs, peakRssBytes: s.peakRssBytes, source };
  }
  return { rows, source };
}

/** A Neo4j for the load stage: NEO4J_URI when it names an empty database, else one started here; null when neither can be had. */
async function neo4jTarget(): Promise<Neo4jTarget | null> {
  if (process.env.BENCH_NEO4J === '0') return null;
  const { createNeo4jStore } = await import('../../src/store/neo4j/index.js');
  const launcher = await import('../../scripts/neo4j-launcher.js');
  let uri = process.env.NEO4J_URI;
  let server: Awaited<ReturnType<typeof launcher.startNeo4j>> | null = null;
  let home: string | null = null;
  if (!uri) {
    if (!launcher.findJava() || !launcher.launcherBuilt()) {
      console.log('neo4j load: skipped, Java 17 or the built launcher (neo4j-launcher/target) is missing and NEO4J_URI is unset');
      return null;
    }
    home = mkdtempSync(join(tmpdir(), 'tradegraph-stages-neo4j-'));
    // As `npm run neo4j:start` runs it.
    server = await launcher.startNeo4j({ port: await launcher.freePort(), home, heap: '2g', pageCache: '512m', gc: 'parallel' });
    uri = server.uri;
  }
  const config = { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: server ? '' : (process.env.NEO4J_PASSWORD ?? ''), database: process.env.NEO4J_DATABASE ?? 'neo4j' };
  const store = await createNeo4jStore(config);
  const counts = await store.counts();
  if (Object.keys(counts.nodesByLabel).length > 0) {
    console.log(`neo4j load: skipped, the database at ${uri} holds data and this bench clears it`);
    await store.close();
    return null;
  }
  return {
    uri,
    pid: server?.pid ?? null,
    clear: () => store.clear(),
    close: async () => {
      await store.close();
      await server?.stop();
      if (home) rmSync(home, { recursive: true, force: true });
    },
  };
}

async function runScale(scale: number, neo4j: Neo4jTarget | null): Promise<ScaleResult> {
  const dir = workDir(scale, BENCH_SEED);
  await rm(dir.root, { recursive: true, force: true });
  const corpus = await writeCorpus(dir.corpus, { scale, seed: BENCH_SEED });
  console.log(`×${scale}: ${corpus.records} records, ${(corpus.bytes / 1e6).toFixed(1)} MB, ${corpus.words.toLocaleString('en-US')} words in ${dir.corpus}`);

  const [command, args] = cliCommand('build', '--json', '--no-progress', '--out', dir.snapshot, dir.corpus);
  const build = await measuredRun(command, args, { cwd: REPO, env: { ...process.env, LOG_LEVEL: 'warn', NEO4J_URI: '' } });
  if (build.code !== 0) {
    // A build that fails at scale is a finding, not a bench error: keep what it cost and say why.
    const failure = lastLines(build.stderr, 3);
    builtSnapshots.failed.add(scale);
    console.log(`×${scale}: build FAILED after ${seconds(build.wallMs)} s (exit ${build.code}): ${failure}`);
    return { scale, corpus, documents: 0, graph: { nodes: 0, edges: 0 }, build: figuresOf(build), stages: {}, failure };
  }
  const summary = JSON.parse(build.stdout) as { documents: number; nodes: number; edges: number; recordsRead: number };
  builtSnapshots.set(scale, dir.snapshot);
  const { rows, source } = await buildStages(summary, scale, dir.corpus, dir.root);
  console.log(`×${scale}: build ${seconds(build.wallMs)} s, ${summary.documents} documents, ${summary.nodes} nodes, ${summary.edges} edges; per-stage figures from ${source ?? `nowhere: the CLI reports no stages and the probe stops at ×${PROBE_MAX_SCALE} (whole command only)`}`);

  const serving = await startServe(dir.snapshot);
  await serving.stop();
  rows['snapshot read'] = { items: summary.nodes + summary.edges, wallMs: serving.readyMs, cpuMs: serving.atReady?.cpuMs ?? 0, peakRssBytes: serving.atReady?.peakRssBytes ?? null, source: 'process' };

  if (neo4j) {
    await neo4j.clear();
    const before = neo4j.pid ? await procFigures(neo4j.pid) : null;
    const [loadCommand, loadArgs] = cliCommand('load', '--json', dir.snapshot);
    const load = await measuredRun(loadCommand, loadArgs, { cwd: REPO, env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '' } });
    if (load.code !== 0) fail(`tradegraph load at ×${scale}`, load);
    const after = neo4j.pid ? await procFigures(neo4j.pid) : null;
    // CPU: the loader's and the database server's; peak RSS: the loader's (the server's is printed apart).
    const serverCpu = before && after ? after.cpuMs - before.cpuMs : 0;
    rows['neo4j load'] = { items: summary.nodes + summary.edges, wallMs: load.wallMs, cpuMs: load.cpuMs + serverCpu, peakRssBytes: load.peakRssBytes, source: 'process' };
    if (after) console.log(`×${scale}: neo4j server peak RSS so far ${mib(after.peakRssBytes)} MiB`);
  }
  return { scale, corpus, documents: summary.documents, graph: { nodes: summary.nodes, edges: summary.edges }, build: figuresOf(build), stages: rows, failure: null };
}

const fixed = (value: number | null, digits = 2): string | null => (value === null ? null : value.toFixed(digits));

/** Records/s for the stages that read records, documents (and words) for extraction and resolution, graph elements for the rest. */
function throughput(stage: StageName, r: ScaleResult, row: StageRow): string {
  if (stage === 'parse' || stage === 'dedupe') return `${perSecond(r.corpus.records, row.wallMs)} records/s`;
  if (stage === 'extract') return `${perSecond(r.documents, row.wallMs)} docs/s, ${perSecond(r.corpus.words, row.wallMs)} words/s`;
  if (stage === 'resolve') return `${perSecond(r.documents, row.wallMs)} docs/s`;
  return `${perSecond(row.items, row.wallMs)} elements/s`;
}

function printStage(stage: StageName, results: readonly ScaleResult[]): void {
  const measured = results.filter((r) => r.stages[stage]);
  if (measured.length === 0) return;
  const rows = measured.map((r, i) => {
    const row = r.stages[stage]!;
    const previous = measured[i - 1];
    const exponent = previous ? growthExponent(previous.corpus.records, previous.stages[stage]!.wallMs, r.corpus.records, row.wallMs) : null;
    const cpuExponent = previous ? growthExponent(previous.corpus.records, previous.stages[stage]!.cpuMs, r.corpus.records, row.cpuMs) : null;
    return [`×${r.scale}`, r.corpus.records, r.documents, r.corpus.words.toLocaleString('en-US'), row.items, seconds(row.wallMs), seconds(row.cpuMs), fixed(row.cpuMs / row.wallMs), mib(row.peakRssBytes), throughput(stage, r, row), fixed(exponent), fixed(cpuExponent)];
  });
  const source = [...new Set(measured.map((r) => r.stages[stage]!.source))].join(', ');
  printTable(`${stage} (${source})`, ['scale', 'records', 'documents', 'words', 'items', 'wall s', 'CPU s', 'cores', 'peak RSS MiB', 'throughput', 'exponent', 'CPU exp.'], rows);
}

function printAims(results: readonly ScaleResult[]): void {
  const largest = results.at(-1)!;
  const verdict = (ok: boolean) => (ok ? 'aim met' : 'aim NOT met');
  console.log('');
  for (const r of results.filter((x) => x.failure)) console.log(`×${r.scale}: the build failed, so every aim at this scale is NOT met: ${r.failure}`);
  if (largest.scale >= 1000) {
    console.log(`aim: ×${largest.scale} build wall ${seconds(largest.build.wallMs)} s < 300 s: ${verdict(largest.build.wallMs < AIMS.buildWallMs)}`);
    if (largest.build.peakRssBytes !== null) console.log(`aim: ×${largest.scale} build peak RSS ${mib(largest.build.peakRssBytes)} MiB < 2048 MiB: ${verdict(largest.build.peakRssBytes < AIMS.peakRssBytes)}`);
  } else {
    const shown = results.length > 1 ? `; exponents below are ×${results.at(-2)!.scale}→×${largest.scale}, an indication only` : '';
    console.log(`aims for ×1000 (wall < 300 s, peak RSS < 2 GiB, exponent 100→1000 ≤ ${AIMS.exponent}) need npm run bench:large${shown}`);
  }
  const previous = results.at(-2);
  if (!previous || previous.failure || largest.failure) return;
  for (const stage of [...STAGES, 'whole build'] as const) {
    const a = stage === 'whole build' ? previous.build : previous.stages[stage];
    const b = stage === 'whole build' ? largest.build : largest.stages[stage];
    if (!a || !b) continue;
    const k = growthExponent(previous.corpus.records, a.wallMs, largest.corpus.records, b.wallMs);
    if (k === null) continue;
    // On a shared machine wall time carries other processes' load; the CPU exponent is the steadier of the two.
    const kCpu = growthExponent(previous.corpus.records, a.cpuMs, largest.corpus.records, b.cpuMs);
    const label = `exponent ${stage} ×${previous.scale}→×${largest.scale} ${k.toFixed(2)} (CPU ${fixed(kCpu) ?? '–'})`;
    console.log(largest.scale >= 1000 && previous.scale >= 100 ? `aim: ${label} ≤ ${AIMS.exponent}: ${verdict(k <= AIMS.exponent)}` : label);
  }
}

export default async function stagesBench(): Promise<void> {
  const neo4j = await neo4jTarget();
  const results: ScaleResult[] = [];
  try {
    for (const scale of benchScales()) results.push(await runScale(scale, neo4j));
  } finally {
    await neo4j?.close();
  }
  printTable(
    'whole build (tradegraph build --json, child process)',
    ['scale', 'records', 'MB', 'documents', 'nodes', 'edges', 'wall s', 'CPU s', 'cores', 'peak RSS MiB', 'records/s', 'exponent', 'CPU exp.'],
    results.map((r, i) => {
      const previous = results[i - 1];
      const comparable = previous && !previous.failure && !r.failure;
      const k = comparable ? growthExponent(previous.corpus.records, previous.build.wallMs, r.corpus.records, r.build.wallMs) : null;
      const kCpu = comparable ? growthExponent(previous.corpus.records, previous.build.cpuMs, r.corpus.records, r.build.cpuMs) : null;
      return [`×${r.scale}${r.failure ? ' FAILED' : ''}`, r.corpus.records, (r.corpus.bytes / 1e6).toFixed(1), r.documents, r.graph.nodes, r.graph.edges, seconds(r.build.wallMs), seconds(r.build.cpuMs), fixed(r.build.cpuMs / r.build.wallMs), mib(r.build.peakRssBytes), perSecond(r.corpus.records, r.build.wallMs), fixed(k), fixed(kCpu)];
    }),
  );
  for (const stage of STAGES) printStage(stage, results);
  printAims(results);
  recordResults('stages', results);
}
