/**
 * Times resolve and build alone, from a cached parse+dedupe+extract (v8-serialised), so their
 * growth can be studied without re-extracting. Usage:
 *   tsx tests/bench/resolve-build-cache.ts CORPUS_DIR CACHE_FILE [--repeat N] [--hash]
 * The cache is made on the first run (extraction on 2 threads) and read afterwards.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { serialize, deserialize } from 'node:v8';
import { buildGraphData } from '../../src/build/index.js';
import { DEFAULT_STAGE_OPTIONS, extractOptionsOf, resolveOptionsOf, DEFAULT_INPUT_LIMITS, type Document, type Extraction } from '../../src/domain/index.js';
import { extractDocuments, loadDocuments } from '../../src/pipeline/index.js';
import { resolve } from '../../src/resolve/index.js';

const [corpus, cache, ...rest] = process.argv.slice(2);
if (!corpus || !cache) throw new Error('usage: resolve-build-cache.ts CORPUS_DIR CACHE_FILE [--repeat N] [--hash]');
const repeat = rest.includes('--repeat') ? Number(rest[rest.indexOf('--repeat') + 1]) : 1;

let input: { documents: Document[]; extractions: Extraction[] };
if (existsSync(cache)) input = deserialize(readFileSync(cache)) as typeof input;
else {
  const loaded = await loadDocuments([corpus], { stages: DEFAULT_STAGE_OPTIONS });
  const documents = [...loaded.dedupe.documents];
  const outcomes = await extractDocuments(documents, { workers: 2, extract: extractOptionsOf(DEFAULT_STAGE_OPTIONS, DEFAULT_INPUT_LIMITS) });
  input = { documents, extractions: outcomes.map((o) => o.extraction) };
  writeFileSync(cache, serialize(input));
}

// --ballast N keeps N more copies of the input alive: the heap of a bigger corpus, the work of this one,
// to tell how much of a stage's growth is the garbage collector walking a bigger heap.
const ballastCopies = rest.includes('--ballast') ? Number(rest[rest.indexOf('--ballast') + 1]) : 0;
const ballast: unknown[] = [];
for (let i = 0; i < ballastCopies; i += 1) ballast.push(deserialize(readFileSync(cache)));

const rss = () => process.resourceUsage().maxRSS * 1024;
const gcBefore = rss();
for (let i = 0; i < repeat; i += 1) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const passes: Record<string, number> = {};
  let mark = c0;
  let last = 'setup';
  const cpuNow = () => process.cpuUsage();
  const lap = (name: string) => {
    const now = cpuNow();
    passes[last] = Math.round((now.user + now.system - mark.user - mark.system) / 1000);
    mark = now;
    last = name;
  };
  const corpusOut = resolve(input.documents, input.extractions, { ...resolveOptionsOf(DEFAULT_STAGE_OPTIONS), onPass: (name) => lap(name) });
  lap('done');
  const c1 = process.cpuUsage(c0);
  const t1 = performance.now();
  const rssResolve = rss();
  const graph = buildGraphData(input.documents, corpusOut);
  const c2 = process.cpuUsage(c0);
  const t2 = performance.now();
  const ms = (c: NodeJS.CpuUsage) => Math.round((c.user + c.system) / 1000);
  const line = {
    docs: input.documents.length,
    resolveWall: Math.round(t1 - t0),
    resolveCpu: ms(c1),
    buildWall: Math.round(t2 - t1),
    buildCpu: ms(c2) - ms(c1),
    rssBeforeMB: Math.round(gcBefore / 2 ** 20),
    rssResolveMB: Math.round(rssResolve / 2 ** 20),
    rssBuildMB: Math.round(rss() / 2 ** 20),
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    ballast: ballast.length,
    passes,
    load: readFileSync('/proc/loadavg', 'utf8').trim(),
  };
  if (rest.includes('--hash')) {
    const h = createHash('sha256');
    // Element by element: the whole corpus as one string passes V8's string limit at 1000×.
    for (const e of corpusOut.entities) h.update(JSON.stringify(e));
    for (const r of corpusOut.relations) h.update(JSON.stringify(r));
    h.update(JSON.stringify(corpusOut.keyOf));
    for (const n of graph.nodes) h.update(JSON.stringify(n));
    for (const e of graph.edges) h.update(JSON.stringify(e));
    Object.assign(line, { hash: h.digest('hex').slice(0, 16) });
  }
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
