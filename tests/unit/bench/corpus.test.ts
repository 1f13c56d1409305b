import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dedupe, duplicatesMerged } from '../../../src/dedupe/index.js';
import type { ParseResult } from '../../../src/parse/index.js';
import { readInputs } from '../../../src/parse/index.js';
import { PER_SAMPLE, createRandom, createWorld, generateCorpus, generateRecords, subSeed, writeCorpus } from '../../bench/corpus/index.js';

/** How many of the generated cast's people and companies the corpus names. */
function castNamed(scale: number): { people: number; companies: number } {
  const text = generateCorpus({ scale, seed: 1 }).files.map((f) => f.text).join('');
  const world = createWorld(createRandom(subSeed(1, 'world')), scale);
  const people = [...world.eras.flatMap((e) => [e.minister, e.tradeMinister, e.viceMinister]), ...world.homeOfficials, ...world.foreignOfficials, ...world.companies.flatMap((c) => c.executives)];
  return { people: new Set(people.filter((p) => text.includes(p.name)).map((p) => p.name)).size, companies: world.companies.filter((c) => text.includes(c.name)).length };
}

describe('generateCorpus', () => {
  it('gives the same bytes for the same seed and scale', () => {
    const a = generateCorpus({ scale: 2, seed: 7 });
    const b = generateCorpus({ scale: 2, seed: 7 });
    expect(a.files.map((f) => f.text)).toEqual(b.files.map((f) => f.text));
  });

  it('gives a different corpus for another seed', () => {
    const a = generateCorpus({ scale: 1, seed: 1 }).files[0]!.text;
    const b = generateCorpus({ scale: 1, seed: 2 }).files[0]!.text;
    expect(a).not.toEqual(b);
  });

  it('writes 44 records and about 100 KB per unit of scale, as the sample has', () => {
    const { stats } = generateCorpus({ scale: 3, seed: 1 });
    expect(stats.records).toBe(44 * 3);
    expect(stats.bytes / 3).toBeGreaterThan(70_000);
    expect(stats.bytes / 3).toBeLessThan(140_000);
  });

  it('keeps the sample rate of repeats: 39 distinct articles, 3 exact and 2 near copies per 44 records', () => {
    const { stats } = generateCorpus({ scale: 5, seed: 3 });
    expect(stats).toMatchObject({ distinct: PER_SAMPLE.distinct * 5, exactDuplicates: PER_SAMPLE.exact * 5, nearDuplicates: (PER_SAMPLE.truncated + PER_SAMPLE.corrected) * 5 });
  });

  it('gives every distinct article its own title and date', () => {
    const originals = generateRecords({ scale: 10, seed: 4 }).filter((r) => r.kind === 'original');
    expect(new Set(originals.map((r) => `${r.title}|${r.date}`)).size).toBe(originals.length);
  });

  it('spreads release dates over about ten years', () => {
    const dates = generateRecords({ scale: 4, seed: 1 }).map((r) => r.date).sort();
    expect(dates[0]! < '2017-01-01').toBe(true);
    expect(dates.at(-1)! > '2025-01-01').toBe(true);
  });

  it('names more distinct people and companies as the scale grows', () => {
    const small = castNamed(1);
    const large = castNamed(8);
    expect(large.people).toBeGreaterThan(small.people * 3);
    expect(large.companies).toBeGreaterThan(small.companies * 3);
  });

  it('refuses a scale that is not a positive whole number', () => {
    expect(() => generateRecords({ scale: 0.5 })).toThrow(RangeError);
  });
});

describe('a written corpus, read by the real parser and deduplicated', () => {
  let dir: string;
  let parsed: ParseResult;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tradegraph-corpus-test-'));
    await writeCorpus(dir, { scale: 4, seed: 11 });
    parsed = await readInputs([dir]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('parses every record, with a title, a body and a date, and no issue', () => {
    expect(parsed.recordsSeen).toBe(44 * 4);
    expect(parsed.documents).toHaveLength(44 * 4);
    expect(parsed.issues).toEqual([]);
    expect(parsed.documents.every((d) => d.title !== '' && d.body.length > 200 && d.date !== null)).toBe(true);
  });

  it('keeps the category line when there is one and reads the title after it', () => {
    const categorised = parsed.documents.filter((d) => d.category !== null);
    expect(categorised.length).toBeGreaterThan(parsed.documents.length / 2);
    expect(categorised.length).toBeLessThan(parsed.documents.length);
    expect(parsed.documents.some((d) => /^(Industry|Trade\/Investment|FTA\/Economic Cooperation)$/.test(d.title))).toBe(false);
  });

  it('merges exactly the planted copies and nothing else', () => {
    const { documents, report } = dedupe(parsed.documents);
    expect(documents).toHaveLength(PER_SAMPLE.distinct * 4);
    expect(duplicatesMerged(report)).toBe(5 * 4);
    expect(new Set(report.merged.map((g) => g.reason))).toEqual(new Set(['exact', 'same-title-date', 'near-duplicate']));
  });
});
