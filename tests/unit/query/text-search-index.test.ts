import { describe, expect, it } from 'vitest';
import { foldName } from '../../../src/domain/index.js';
import { buildTextIndex, foldWord, wordsOf } from '../../../src/query/text-search-index.js';
import type { NodeRecord } from '../../../src/domain/index.js';

describe('foldWord', () => {
  it.each(['Barakah', 'FTA', 'x2025', 'Šefčovič', 'Türkiye', 'ＦＴＡ', 'Straße', 'İstanbul', 'café', 'ﬁnance', 'Ⅻ', '한국'])('folds %s as the full Unicode fold does', (word) => {
    expect(foldWord(word)).toBe(foldName(word).replace(/ /g, ''));
  });

  it('folds every word of a mixed sentence alike by either path', () => {
    const words = wordsOf('Yeo Han-koo met Maroš Šefčovič in Brussels on 16 September; the ＥＵ–Korea FTA’s Ⅱ chapter.');
    expect(words.map(foldWord)).toEqual(words.map((word) => foldName(word).replace(/ /g, '')));
  });
});

describe('buildTextIndex', () => {
  const doc = (id: string, name: string, text: string): NodeRecord => ({ id, attributes: { label: 'Document', name, aliases: [], text } }) as unknown as NodeRecord;

  it('keeps per release the terms its words outside ASCII fold to, in title or text, and none for a plain release', async () => {
    const index = await buildTextIndex([
      doc('d1', 'Talks in Brussels', 'Minister Yeo met Maroš Šefčovič – “good talks”.'),
      doc('d2', 'Café talks', 'Nothing but ASCII – with a dash and “quotes”.'),
      doc('d3', 'Plain', 'Plain words only.'),
    ]);
    expect(index.nonAsciiTerms.map((terms) => [...terms].sort())).toEqual([['maros', 'sefcovic'], ['cafe'], []]);
  });
});
