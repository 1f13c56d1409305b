/**
 * Extraction throughput: the seed articles repeated to at least 1 MB of text, run through
 * `extract`, next to wink-nlp alone (readDoc + POS tags) on the same documents. The ratio says how
 * much of the budget the extraction's own passes take (aim: ≥ 0.5 of wink's speed).
 *
 * The machine is shared, so load drifts: both sides run in this one process, a full warm-up pass
 * first, then in alternating rounds (wink, extract, wink, extract, …) so a busy spell weighs on
 * both; each side reports its median round, and the ratio is the median of the per-round ratios.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../../src/domain/index.js';
import { readInputs } from '../../src/parse/index.js';
import { dedupe } from '../../src/dedupe/index.js';
import { extract } from '../../src/extract/index.js';
import { nlp } from '../../src/extract/nlp/model.js';

const TARGET_CHARS = 1_000_000;
const ROUNDS = 5;
const seeds = join(fileURLToPath(new URL('.', import.meta.url)), '../../seeds');

async function corpus(): Promise<Document[]> {
  const { documents } = dedupe((await readInputs([seeds])).documents);
  const out: Document[] = [];
  let chars = 0;
  for (let round = 0; chars < TARGET_CHARS; round += 1) {
    for (const d of documents) {
      out.push({ ...d, id: `${d.id}-${round}` });
      chars += d.body.length;
    }
  }
  return out;
}

const wordCount = (docs: readonly Document[]): number => docs.reduce((n, d) => n + (d.body.match(/\S+/g)?.length ?? 0), 0);

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

export default async function bench(): Promise<void> {
  const docs = await corpus();
  const words = wordCount(docs);
  const engine = nlp();
  const its = engine.its;
  const wink = (): void => {
    for (const d of docs) engine.readDoc(d.body).tokens().out(its.pos);
  };
  const extraction = (): void => {
    for (const d of docs) extract(d);
  };
  // Warm both paths on the whole corpus (model load, JIT, lazily built tables) before measuring.
  wink();
  extraction();
  const winkSeconds: number[] = [];
  const extractSeconds: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    winkSeconds.push(timed(wink));
    extractSeconds.push(timed(extraction));
    ratios.push(winkSeconds[round]! / extractSeconds[round]!);
  }
  const chars = docs.reduce((n, d) => n + d.body.length, 0);
  console.log('corpus', (chars / 1e6).toFixed(2), 'MB', `(${docs.length} documents, ${words} words, ${ROUNDS} rounds, medians)`);
  console.log('wink-nlp readDoc + POS', Math.round(words / median(winkSeconds)), 'words/s');
  console.log('extract', Math.round(words / median(extractSeconds)), 'words/s');
  console.log('extract / wink ratio', median(ratios).toFixed(2), '(aim ≥ 0.5)');
}
