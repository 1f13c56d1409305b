import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGoldRecord } from '../../../../src/export/gold-format.js';
import { extractAll, loadDocuments } from '../../../../src/pipeline/index.js';

export type Category = 'persons' | 'organizations' | 'countries' | 'agreements' | 'met_pairs' | 'positions';
export type Floors = readonly (readonly [Category, number])[];

interface Scores {
  readonly articles: { readonly gold: number; readonly unmatched: number };
  readonly [category: string]: unknown;
}

export interface GoldScoreSuite {
  /** Shown in the suite title and the skip warning, e.g. `holdout-blind`. */
  readonly name: string;
  readonly title: string;
  /** Dump of press releases and its hand annotations, relative to the repository. */
  readonly dump: string;
  readonly gold: string;
  readonly articles: number;
  readonly floors: Floors;
}

/** The shared scorer lives beside the repository (`../shared/eval`), as in CI. */
const SCORER = resolve('../shared/eval/score.mjs');
const run = promisify(execFile);

/**
 * Extracts a hand-annotated set the way `tradegraph extract --format gold` does, scores it with the
 * shared scorer, and asserts every article is matched and every category's F1 stays at its floor.
 * Skips, saying why, when the shared scorer is absent.
 */
export function describeGoldScore(suite: GoldScoreSuite): void {
  const scorerPresent = existsSync(SCORER);
  if (!scorerPresent) console.warn(`${suite.name}: skipped, the shared scorer ${SCORER} is absent (expected ../shared/eval next to the repository).`);

  describe.skipIf(!scorerPresent)(suite.title, () => {
    let dir = '';
    let scores: Scores;

    beforeAll(async () => {
      const { dedupe } = await loadDocuments([resolve(suite.dump)]);
      const documents = dedupe.documents;
      const extractions = extractAll(documents);
      const lines = documents.map((d, i) => JSON.stringify(toGoldRecord(d, extractions[i]!)));
      dir = await mkdtemp(join(tmpdir(), `tradegraph-${suite.name}-`));
      const predicted = join(dir, 'predicted.jsonl');
      await writeFile(predicted, `${lines.join('\n')}\n`, 'utf8');
      const { stdout } = await run(process.execPath, [SCORER, resolve(suite.gold), predicted, '--json'], { maxBuffer: 16 * 1024 * 1024 });
      scores = JSON.parse(stdout) as Scores;
    });

    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('writes one predicted article for every annotated article', () => {
      expect(scores.articles).toEqual({ gold: suite.articles, unmatched: 0 });
    });

    it.each(suite.floors)('keeps the F1 of %s at or above %s', (category, floor) => {
      expect((scores[category] as { f1: number }).f1).toBeGreaterThanOrEqual(floor);
    });
  });
}
