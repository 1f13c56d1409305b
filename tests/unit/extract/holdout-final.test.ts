import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractAll, loadDocuments } from '../../../src/pipeline/index.js';
import { toGoldRecord } from '../../../src/export/gold-format.js';

// The final holdout: 24 press releases of 2013–2026 (MOTIE and MOTIR eras; Vietnam, India, Saudi
// Arabia, Germany, the U.S., Japan, China, Australia, Brazil, Indonesia, the UK, Poland, Uzbekistan,
// Mongolia; APEC, G20, WTO MC12, ASEAN+3, IPEF; statistics with no people, a one-official policy
// notice, agency MOUs, a factory visit, a trip with four separate meetings) written and annotated
// under ../shared/eval/README.md without reading src/extract or the earlier holdouts. It is scored
// once, at the end, as the estimate of generalisation: never tune the extractor against it.
const DUMP = resolve('tests/fixtures/holdout-final/releases.txt');
const GOLD = resolve('tests/fixtures/holdout-final/gold.jsonl');
const SCORER = resolve('../shared/eval/score.mjs');

type Category = 'persons' | 'organizations' | 'countries' | 'agreements' | 'met_pairs' | 'positions';
interface CategoryScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}
type Scores = Record<Category, CategoryScore> & { readonly articles: { readonly gold: number; readonly unmatched: number } };

// About 0.07 under what the extraction reached when the set was written (persons .932,
// organizations .816, countries .993, agreements .871, met_pairs .667, positions .696): a drop
// below is a regression in generalisation. Never raise them by fixing what this set reveals.
const FLOORS: readonly (readonly [Category, number])[] = [
  ['persons', 0.86],
  ['organizations', 0.74],
  ['countries', 0.92],
  ['agreements', 0.8],
  ['met_pairs', 0.59],
  ['positions', 0.62],
];

const run = promisify(execFile);
const scorerPresent = existsSync(SCORER);
if (!scorerPresent) console.warn(`holdout-final: skipped, the shared scorer ${SCORER} is absent (expected ../shared/eval next to the repository).`);

describe.skipIf(!scorerPresent)('extraction on the final 2013–2026 holdout press releases', () => {
  let dir = '';
  let scores: Scores;

  beforeAll(async () => {
    const { dedupe } = await loadDocuments([DUMP]);
    const documents = dedupe.documents;
    const extractions = extractAll(documents);
    const lines = documents.map((d, i) => JSON.stringify(toGoldRecord(d, extractions[i]!)));
    dir = await mkdtemp(join(tmpdir(), 'tradegraph-holdout-final-'));
    const predicted = join(dir, 'predicted.jsonl');
    await writeFile(predicted, `${lines.join('\n')}\n`, 'utf8');
    const { stdout } = await run(process.execPath, [SCORER, GOLD, predicted, '--json'], { maxBuffer: 16 * 1024 * 1024 });
    scores = JSON.parse(stdout) as Scores;
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes one predicted article for every annotated article', () => {
    expect(scores.articles).toEqual({ gold: 24, unmatched: 0 });
  });

  it.each(FLOORS)('keeps the F1 of %s at or above %s', (category, floor) => {
    expect(scores[category].f1).toBeGreaterThanOrEqual(floor);
  });
});
