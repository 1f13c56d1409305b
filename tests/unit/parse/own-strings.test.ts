import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDumpText } from '../../../src/parse/index.js';
import { ownCopy } from '../../../src/parse/own-strings.js';

// A collector this test can call: the flag exposes `gc` to contexts made after it is set.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const SEEDS = join(import.meta.dirname, '../../../seeds');

function heapAfterCollecting(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

describe('ownCopy', () => {
  it.each([
    ['ASCII', 'Trade/Investment'],
    ['a curly apostrophe (outside Latin-1)', 'Korea’s exports'],
    ['Hangul and an astral character', '산업통상자원부 𝒜'],
    ['a lone surrogate', 'broken \uD800 text'],
    ['the empty string', ''],
  ])('gives back the same text for %s', (_name, text) => {
    expect(ownCopy(text)).toBe(text);
  });
});

describe('parseDumpText keeps no slice of the file alive', () => {
  it('retains about the text of its records, not the whole file beside them', () => {
    // The seed dumps, read 20 times over as separate files: their category lines (`Trade/Investment`)
    // come out of cleaning as slices of the file, and the files hold two-byte text (’).
    const seedFiles = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(SEEDS, name)));
    const before = heapAfterCollecting();
    const results = Array.from({ length: 20 }, () => seedFiles.map((bytes, i) => parseDumpText(new Uint8Array(bytes), `seed-${i}.txt`)));
    const documents = results.flat().flatMap((r) => r.documents);
    const retained = heapAfterCollecting() - before;
    const keptChars = documents.reduce((n, d) => n + d.title.length + d.body.length + (d.category?.length ?? 0), 0);
    // UTF-16 is 2 bytes a character: about 1.1 of that measured, 1.5 when the files stay alive.
    expect(retained).toBeLessThan(keptChars * 2 * 1.3);
  });
});
