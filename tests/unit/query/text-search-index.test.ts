import { describe, expect, it } from 'vitest';
import { foldName } from '../../../src/domain/index.js';
import { foldWord, wordsOf } from '../../../src/query/text-search-index.js';

describe('foldWord', () => {
  it.each(['Barakah', 'FTA', 'x2025', 'Šefčovič', 'Türkiye', 'ＦＴＡ', 'Straße', 'İstanbul', 'café', 'ﬁnance', 'Ⅻ', '한국'])('folds %s as the full Unicode fold does', (word) => {
    expect(foldWord(word)).toBe(foldName(word).replace(/ /g, ''));
  });

  it('folds every word of a mixed sentence alike by either path', () => {
    const words = wordsOf('Yeo Han-koo met Maroš Šefčovič in Brussels on 16 September; the ＥＵ–Korea FTA’s Ⅱ chapter.');
    expect(words.map(foldWord)).toEqual(words.map((word) => foldName(word).replace(/ /g, '')));
  });
});
