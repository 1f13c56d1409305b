import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDumpText, parseJsonLines, type ParseResult } from '../../../src/parse/index.js';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const seedLines = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(SEEDS, name), 'utf8').split('\n'));
const encoder = new TextEncoder();

type Mutation = (lines: string[]) => string[];
const at = (lines: string[], i: number): number => (lines.length === 0 ? 0 : i % lines.length);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (lines) => lines.filter((_, k) => k !== at(lines, i))),
  fc.nat().map((i): Mutation => (lines) => lines.flatMap((l, k) => (k === at(lines, i) ? [l, l] : [l]))),
  fc.nat().map((i): Mutation => (lines) => lines.flatMap((l, k) => (k === at(lines, i) ? ['-', l] : [l]))),
  fc.tuple(fc.nat(), fc.nat()).map(([i, cut]): Mutation => (lines) => lines.map((l, k) => (k === at(lines, i) ? l.slice(0, cut % (l.length + 1)) : l))),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary' })).map(([i, noise]): Mutation => (lines) => lines.map((l, k) => (k === at(lines, i) ? l + noise : l))),
  fc.constantFrom<Mutation>((lines) => lines.map((l) => `${l}\r`), (lines) => ['\uFEFF', ...lines], (lines) => [...lines, '-', '-'], (lines) => lines.map((l) => ` ${l}\t`)),
);

/** A seed dump after a few random mutations, then possibly truncated or sprinkled with random bytes. */
const mutatedSeed = fc
  .tuple(fc.nat({ max: seedLines.length - 1 }), fc.array(mutation, { maxLength: 6 }), fc.option(fc.nat()), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }))
  .map(([seed, mutations, truncateAt, bytePatches]) => {
    const text = mutations.reduce((lines, m) => m(lines), seedLines[seed]!).join('\n');
    let bytes = encoder.encode(text);
    if (truncateAt !== null) bytes = bytes.slice(0, truncateAt % (bytes.length + 1));
    for (const [offset, value] of bytePatches) if (bytes.length > 0) bytes[offset % bytes.length] = value;
    return bytes;
  });

const randomInput = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(fc.constant('-'), fc.constant(''), fc.constant('Industry'), fc.constant('Body. date2025-11-20'), fc.string({ maxLength: 40 })), { maxLength: 30 }).map((lines) => lines.join('\n')),
);

function expectWellFormed(result: ParseResult, file: string): void {
  for (const document of result.documents) {
    expect(document.title.trim()).not.toBe('');
    expect(document.body.trim()).not.toBe('');
    expect(document.source.file).toBe(file);
    expect(document.date === null || /^\d{4}-\d{2}-\d{2}$/.test(document.date)).toBe(true);
  }
  for (const issue of result.issues) {
    expect(issue.file).toBe(file);
    expect(issue.line === null || (Number.isInteger(issue.line) && issue.line >= 1)).toBe(true);
  }
  expect(result.recordsSeen).toBeGreaterThanOrEqual(result.documents.length);
}

describe('parsers on random and mutated input', () => {
  it('never throw on mutated seed dumps, and every document has a title and a body', () => {
    fc.assert(fc.property(mutatedSeed, (bytes) => expectWellFormed(parseDumpText(bytes, 'fuzz.txt'), 'fuzz.txt')), { numRuns: 300 });
  });

  it('never throw on random bytes and strings, and every issue names the file', () => {
    fc.assert(
      fc.property(randomInput, (input) => {
        expectWellFormed(parseDumpText(input, 'fuzz.txt'), 'fuzz.txt');
        expectWellFormed(parseJsonLines(input, 'fuzz.jsonl'), 'fuzz.jsonl');
      }),
      { numRuns: 500 },
    );
  });

  it('never throw on JSON Lines of random objects, with any field of any type', () => {
    const anyField = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('2025-11-20', '2025-13-45', ''), fc.integer(), fc.constant(null), fc.array(fc.nat()));
    const record = fc.record({ title: anyField, body: anyField, date: anyField, category: anyField, url: anyField }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        const result = parseJsonLines(records.map((r) => JSON.stringify(r)).join('\n'), 'fuzz.jsonl');
        expectWellFormed(result, 'fuzz.jsonl');
        expect(result.recordsSeen).toBe(records.length);
      }),
      { numRuns: 300 },
    );
  });

  it('read every record of an unmutated seed', () => {
    for (const lines of seedLines) {
      const result = parseDumpText(lines.join('\n'), 'seed.txt');
      expect(result.issues).toEqual([]);
      expect(result.documents.length).toBe(result.recordsSeen);
    }
  });
});
