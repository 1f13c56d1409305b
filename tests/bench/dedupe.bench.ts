import { join } from 'node:path';
import type { RawDocument } from '../../src/domain/index.js';
import { dedupe, duplicatesMerged } from '../../src/dedupe/index.js';
import { readInputs } from '../../src/parse/index.js';

const SEEDS = join(import.meta.dirname, '../../seeds');
const DAY_MS = 86_400_000;

/** `times` copies of the seed records; copy k has its titles tagged and its dates moved k days, so copies never merge with each other. */
function multiply(records: readonly RawDocument[], times: number): RawDocument[] {
  const out: RawDocument[] = [];
  for (let k = 0; k < times; k++) {
    for (const r of records) {
      const date = r.date === null ? null : new Date(Date.parse(r.date) + k * DAY_MS).toISOString().slice(0, 10);
      out.push({ ...r, title: `${r.title} (edition ${k})`, date, source: { ...r.source, file: `${r.source.file}#${k}` } });
    }
  }
  return out;
}

/** Prints records/s for dedupe on the seeds ×100 and ×250 (about 11k records). */
export default async function bench(): Promise<void> {
  const { documents: seeds } = await readInputs([SEEDS]);
  for (const times of [100, 250]) {
    const records = multiply(seeds, times);
    const started = performance.now();
    const { documents, report } = dedupe(records);
    const seconds = (performance.now() - started) / 1000;
    console.log(`dedupe seeds x${times}: records`, records.length, 'records');
    console.log(`dedupe seeds x${times}: documents`, documents.length, `documents (expected ${39 * times})`);
    console.log(`dedupe seeds x${times}: duplicates merged`, duplicatesMerged(report), 'records');
    console.log(`dedupe seeds x${times}: throughput`, Math.round(records.length / seconds), 'records/s');
  }
}
