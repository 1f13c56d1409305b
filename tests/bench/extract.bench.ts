/**
 * Extraction throughput: the seed articles repeated to at least 1 MB of text, run through
 * `extract`, next to wink-nlp alone (readDoc + POS tags) on the same documents. The ratio says how
 * much of the budget the extraction's own passes take (aim: ≥ 0.5 of wink's speed).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../../src/domain/index.js';
import { readInputs } from '../../src/parse/index.js';
import { dedupe } from '../../src/dedupe/index.js';
import { extract } from '../../src/extract/index.js';
import { nlp } from '../../src/extract/nlp/model.js';

const TARGET_CHARS = 1_000_000;
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
  // Warm both paths (model load, JIT) on a slice before measuring.
  for (const d of docs.slice(0, 20)) {
    extract(d);
    engine.readDoc(d.body).tokens().out(its.pos);
  }
  const winkSeconds = timed(() => {
    for (const d of docs) engine.readDoc(d.body).tokens().out(its.pos);
  });
  const extractSeconds = timed(() => {
    for (const d of docs) extract(d);
  });
  const chars = docs.reduce((n, d) => n + d.body.length, 0);
  console.log('corpus', (chars / 1e6).toFixed(2), 'MB', `(${docs.length} documents, ${words} words)`);
  console.log('wink-nlp readDoc + POS', Math.round(words / winkSeconds), 'words/s');
  console.log('extract', Math.round(words / extractSeconds), 'words/s');
  console.log('extract / wink ratio', (winkSeconds / extractSeconds).toFixed(2), '(aim ≥ 0.5)');
}
