import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/domain/index.js';
import { dedupe } from '../../../src/dedupe/index.js';
import { readInputs } from '../../../src/parse/index.js';

const { documents: seeds } = await readInputs([join(import.meta.dirname, '../../../seeds')]);

/** The seed records shuffled, plus copies of some of them cut off at a random point. */
const corpus = fc
  .tuple(
    fc.shuffledSubarray(seeds, { minLength: seeds.length, maxLength: seeds.length }),
    fc.array(fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.double({ min: 0.05, max: 1, noNaN: true })), { maxLength: 8 }),
  )
  .map(([shuffled, cuts]) => [
    ...shuffled,
    ...cuts.map(([i, share], k): RawDocument => {
      const original = seeds[i]!;
      return { ...original, source: { file: 'copies.txt', record: k + 1, line: k + 1 }, category: null, body: original.body.slice(0, Math.max(1, Math.floor(original.body.length * share))) };
    }),
  ]);

describe('dedupe on shuffled seeds with truncated copies', () => {
  it('always finds the same 39 articles with the same ids, and lists every record exactly once', () => {
    const expected = dedupe(seeds).documents.map((d) => d.id);
    fc.assert(
      fc.property(corpus, (records) => {
        const { documents } = dedupe(records);
        expect(documents.map((d) => d.id)).toEqual(expected);
        const cited = documents.flatMap((d) => d.sources);
        expect(cited).toHaveLength(records.length);
        expect(new Set(cited)).toEqual(new Set(records.map((r) => r.source)));
      }),
      { numRuns: 60 },
    );
  });
});
