import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractAll, loadDocuments } from '../../../src/pipeline/index.js';
import { toGoldRecord } from '../../../src/export/gold-format.js';

// Press releases of 2019–2024 (other ministers, companies and agreements than the seeds),
// annotated by hand under the rules of ../shared/eval/README.md. They are never used to tune
// the extractor: they estimate how it does on the hidden evaluation set.
const DUMP = resolve('tests/fixtures/holdout/holdout-2019-2024.txt');
const GOLD = resolve('tests/fixtures/holdout/gold-holdout.jsonl');
const SCORER = resolve('../shared/eval/score.mjs');

type Category = 'persons' | 'organizations' | 'countries' | 'agreements' | 'met_pairs' | 'positions';
interface CategoryScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}
type Scores = Record<Category, CategoryScore> & { readonly articles: { readonly gold: number; readonly unmatched: number } };

// A little below what the extraction reached when the holdout was written
// (persons .900, organizations .867, countries 1.000, agreements .864, met_pairs .508,
// positions .714): a drop under these is a regression in generalisation. Raise them as the
// extractor improves.
// Raised after the persons/organisations/positions work (persons 1.000, organizations .989,
// met_pairs .712, positions .973).
const FLOORS: readonly (readonly [Category, number])[] = [
  ['persons', 0.95],
  ['organizations', 0.94],
  ['countries', 0.95],
  ['agreements', 0.93],
  ['met_pairs', 0.93],
  ['positions', 0.92],
];

const run = promisify(execFile);
const scorerPresent = existsSync(SCORER);
if (!scorerPresent) console.warn(`holdout: skipped, the shared scorer ${SCORER} is absent (expected ../shared/eval next to the repository).`);

describe.skipIf(!scorerPresent)('extraction on the 2019–2024 holdout press releases', () => {
  let dir = '';
  let scores: Scores;

  beforeAll(async () => {
    const { dedupe } = await loadDocuments([DUMP]);
    const documents = dedupe.documents;
    const extractions = extractAll(documents);
    const lines = documents.map((d, i) => JSON.stringify(toGoldRecord(d, extractions[i]!)));
    dir = await mkdtemp(join(tmpdir(), 'tradegraph-holdout-'));
    const predicted = join(dir, 'predicted.jsonl');
    await writeFile(predicted, `${lines.join('\n')}\n`, 'utf8');
    const { stdout } = await run(process.execPath, [SCORER, GOLD, predicted, '--json'], { maxBuffer: 16 * 1024 * 1024 });
    scores = JSON.parse(stdout) as Scores;
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes one predicted article for every annotated article', () => {
    expect(scores.articles).toEqual({ gold: 21, unmatched: 0 });
  });

  it.each(FLOORS)('keeps the F1 of %s at or above %s', (category, floor) => {
    expect(scores[category].f1).toBeGreaterThanOrEqual(floor);
  });
});
