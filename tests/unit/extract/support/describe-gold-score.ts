import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGoldRecord, type GoldBodies } from '../../../../src/export/gold-format.js';
import { extractAll, loadDocuments } from '../../../../src/pipeline/index.js';

export type Category = 'persons' | 'organizations' | 'countries' | 'agreements' | 'met_pairs' | 'positions';
export type Floors = readonly (readonly [Category, number])[];
export type Attribute = 'person_country' | 'org_kind' | 'org_country' | 'agreement_kind' | 'agreement_status' | 'agreement_parties' | 'meeting_date';
export type AttributeFloors = readonly (readonly [Attribute, number])[];

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
  /** Accuracy floors of what the extraction says about the items it found. */
  readonly attributeFloors?: AttributeFloors;
  /** Whether the annotators listed bodies a title only implies (eval/sets.json says the same). */
  readonly bodies: GoldBodies;
}

/** The scorer, vendored from the team's shared folder (eval/README.md). */
const SCORER = resolve('eval/score.mjs');
const run = promisify(execFile);

/**
 * Extracts a hand-annotated set the way `tradegraph extract --format gold` does, scores it with the
 * repository's scorer, and asserts every article is matched and every category's F1 and attribute
 * accuracy stays at its floor. Without the scorer, the dump or the gold it skips saying why, and
 * under `CI=true` it fails instead: a green CI run must have scored the set.
 */
export function describeGoldScore(suite: GoldScoreSuite): void {
  const missing = [SCORER, resolve(suite.dump), resolve(suite.gold)].filter((f) => !existsSync(f));
  if (missing.length && process.env.CI === 'true') {
    describe(suite.title, () => {
      it('has its scorer, dump and gold in the repository', () => {
        expect(missing, `${suite.name}: missing under CI`).toEqual([]);
      });
    });
    return;
  }
  if (missing.length) console.warn(`${suite.name}: skipped, ${missing.join(', ')} absent (see eval/README.md).`);

  describe.skipIf(missing.length > 0)(suite.title, () => {
    let dir = '';
    let scores: Scores;

    beforeAll(async () => {
      const { dedupe } = await loadDocuments([resolve(suite.dump)]);
      const documents = dedupe.documents;
      const extractions = extractAll(documents);
      const lines = documents.map((d, i) => JSON.stringify(toGoldRecord(d, extractions[i]!, { bodies: suite.bodies })));
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

    it.each(suite.attributeFloors ?? [])('keeps the accuracy of %s at or above %s', (attribute, floor) => {
      const attributes = scores['attributes'] as Record<Attribute, { accuracy: number | null }>;
      expect(attributes[attribute].accuracy).toBeGreaterThanOrEqual(floor);
    });
  });
}
