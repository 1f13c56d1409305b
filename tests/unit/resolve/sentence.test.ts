import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/domain/evidence.js';
import { sentenceAround } from '../../../src/resolve/sentence.js';

const body =
  'Trade Minister Yeo Han-koo met the U.S. Trade Representative in Seoul. Minister Yeo noted progress. ' +
  'Mr. Kim attended.\nKOTRA joined later.';

const around = (text: string) => {
  const start = body.indexOf(text);
  return sentenceAround(body, start, start + text.length);
};

describe('sentenceAround', () => {
  it.each([
    ['Yeo Han-koo', 'Trade Minister Yeo Han-koo met the U.S. Trade Representative in Seoul.'],
    ['Representative', 'Trade Minister Yeo Han-koo met the U.S. Trade Representative in Seoul.'],
    ['noted', 'Minister Yeo noted progress.'],
    ['Kim', 'Mr. Kim attended.'],
    ['KOTRA', 'KOTRA joined later.'],
  ])('finds the sentence around %s', (text, sentence) => {
    const span = around(text);
    expect(span.sentence).toBe(sentence);
    expect(body.slice(span.sentenceStart, span.sentenceStart + sentence.length)).toBe(sentence);
  });

  it('prefers the sentence the extractor already cut when one covers the span', () => {
    const known: Evidence = { docId: 'd', date: null, sentence: 'Minister Yeo noted progress. Mr. Kim attended.', sentenceStart: body.indexOf('Minister Yeo noted'), start: 0, end: 0 };
    const start = body.indexOf('Kim');
    expect(sentenceAround(body, start, start + 3, [known]).sentence).toBe(known.sentence);
  });
});
