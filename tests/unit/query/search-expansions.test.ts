import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../../src/domain/index.js';
import { expandWord, type TermOptions } from '../../../src/query/search-expansions.js';
import { buildSearchIndex, type SearchIndex } from '../../../src/query/search-index.js';

const names = ['Korea Trade Agency', 'Korean Traders', 'Trader Joe', 'Kora Tread'];
const nodes = names.map((name, i) => ({ id: `org:${i}`, attributes: { label: 'Organization', name, aliases: [] } }) as unknown as NodeRecord);
const lastIsPrefix: TermOptions = { fuzzy: (term) => (term.length >= 4 ? 0.2 : false), prefix: (_term, i) => i === 1 };

describe('expandWord', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = await buildSearchIndex(nodes, 0);
  });
  const spellings = (word: string, i: number) => [...expandWord(index, word, i, lastIsPrefix).spellings];

  it('reaches the word, the terms it begins when read as a prefix, then those a few edits away', () => {
    expect(spellings('trade', 0)).toEqual(['trade', 'trader']);
    // Read as a prefix: the exact term first, then every longer term it begins (`trader` is one edit away too, counted once).
    const [exact, ...longer] = spellings('trade', 1);
    expect(exact).toBe('trade');
    expect(longer.sort()).toEqual(['tradeagency', 'trader', 'traderjoe', 'traders']);
  });

  it('keeps an expansion per word, edit distance and prefix reading: asked again, the same one is shared', () => {
    const first = expandWord(index, 'korea', 0, lastIsPrefix);
    expect(expandWord(index, 'korea', 0, lastIsPrefix)).toBe(first);
    // Another position with the same reading shares it; read as a prefix, it is another expansion.
    expect(expandWord(index, 'korea', 2, lastIsPrefix)).toBe(first);
    expect(expandWord(index, 'korea', 1, lastIsPrefix)).not.toBe(first);
    expect(expandWord(index, 'korea', 0, { fuzzy: () => false, prefix: () => false }).spellings).toEqual(['korea']);
  });
});
