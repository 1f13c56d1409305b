import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractAll, loadDocuments } from '../../../src/pipeline/index.js';
import { toGoldRecord } from '../../../src/export/gold-format.js';

// A second, blind holdout: 22 press releases of 2010–2024 (Ministry of Knowledge Economy and
// MOTIE eras; Chile, Peru, Mexico, Canada, Turkey, Qatar, Kenya, Nigeria, Mongolia, Cambodia,
// Malaysia, the Philippines, New Zealand, Germany, France, Poland, the GCC) written and annotated
// under ../shared/eval/README.md by someone who had not read src/extract. The first holdout was
// used to fix the extractor, so it no longer measures generalisation; this one must never be used
// for tuning either, or it loses its worth in the same way.
const DUMP = resolve('tests/fixtures/holdout-blind/releases.txt');
const GOLD = resolve('tests/fixtures/holdout-blind/gold.jsonl');
const SCORER = resolve('../shared/eval/score.mjs');

type Category = 'persons' | 'organizations' | 'countries' | 'agreements' | 'met_pairs' | 'positions';
interface CategoryScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}
type Scores = Record<Category, CategoryScore> & { readonly articles: { readonly gold: number; readonly unmatched: number } };

// About 0.05 under what the extraction reached when the set was written (persons .918,
// organizations .875, countries .993, agreements .941, met_pairs .560, positions .795):
// a drop below is a regression in generalisation. Raise them only for fixes made on the seeds.
const FLOORS: readonly (readonly [Category, number])[] = [
  ['persons', 0.87],
  ['organizations', 0.82],
  ['countries', 0.94],
  ['agreements', 0.89],
  ['met_pairs', 0.51],
  ['positions', 0.74],
];

const run = promisify(execFile);
const scorerPresent = existsSync(SCORER);
if (!scorerPresent) console.warn(`holdout-blind: skipped, the shared scorer ${SCORER} is absent (expected ../shared/eval next to the repository).`);

describe.skipIf(!scorerPresent)('extraction on the blind 2010–2024 holdout press releases', () => {
  let dir = '';
  let scores: Scores;

  beforeAll(async () => {
    const { dedupe } = await loadDocuments([DUMP]);
    const documents = dedupe.documents;
    const extractions = extractAll(documents);
    const lines = documents.map((d, i) => JSON.stringify(toGoldRecord(d, extractions[i]!)));
    dir = await mkdtemp(join(tmpdir(), 'tradegraph-holdout-blind-'));
    const predicted = join(dir, 'predicted.jsonl');
    await writeFile(predicted, `${lines.join('\n')}\n`, 'utf8');
    const { stdout } = await run(process.execPath, [SCORER, GOLD, predicted, '--json'], { maxBuffer: 16 * 1024 * 1024 });
    scores = JSON.parse(stdout) as Scores;
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes one predicted article for every annotated article', () => {
    expect(scores.articles).toEqual({ gold: 22, unmatched: 0 });
  });

  it.each(FLOORS)('keeps the F1 of %s at or above %s', (category, floor) => {
    expect(scores[category].f1).toBeGreaterThanOrEqual(floor);
  });
});
