/**
 * Fallback for a CLI whose `build --json` gives no per-stage figures: runs the same stages the
 * pipeline runs (parse → dedupe → extract → resolve → build → snapshot write), in this one
 * process, and prints `{ stages: [...] }` in the CLI's shape. Usage: staged-build.ts OUT INPUT...
 */
import { buildGraph, toGraphData } from '../../../src/build/index.js';
import { dedupe } from '../../../src/dedupe/index.js';
import { extract } from '../../../src/extract/index.js';
import { readInputs } from '../../../src/parse/index.js';
import { resolve } from '../../../src/resolve/index.js';
import { writeSnapshot } from '../../../src/store/index.js';
import type { StageFigure } from './stage-figures.js';

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length === 0) throw new Error('usage: staged-build.ts OUT INPUT...');

const stages: StageFigure[] = [];
async function stage<T>(name: string, items: (result: T) => number, run: () => T | Promise<T>): Promise<T> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await run();
  const used = process.cpuUsage(cpu);
  stages.push({ stage: name, items: items(result), wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, peakRssBytes: process.resourceUsage().maxRSS * 1024 });
  return result;
}

const parsed = await stage('parse', (r) => r.documents.length, () => readInputs(inputs));
const { documents } = await stage('dedupe', (r) => r.documents.length, () => dedupe(parsed.documents));
const extractions = await stage('extract', (r) => r.length, () => documents.map((d) => extract(d)));
const corpus = await stage('resolve', (r) => r.entities.length, () => resolve(documents, extractions));
const graph = await stage('build', (g) => g.nodes.length + g.edges.length, () => toGraphData(buildGraph(documents, corpus)));
await stage('snapshot write', () => graph.nodes.length + graph.edges.length, () => writeSnapshot(out, graph, { inputs }));
process.stdout.write(`${JSON.stringify({ stages })}\n`);
