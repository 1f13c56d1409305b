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

  it.each([
    ['Dupont', 'Émile Dupont then spoke.'],
    ['Ministers', 'Ministers met on 3 May.'],
    ['figures', '2025 figures followed.'],
    ['Korea', '(Korea) signed.'],
  ])('cuts after a closing quote, before a non-ASCII capital, a digit or a parenthesis, trimming any white space: %s', (text, sentence) => {
    const release = 'He said “we agreed.” Émile Dupont then spoke.\u00a0Ministers met on 3 May. 2025 figures followed.\u2003 (Korea) signed.';
    const start = release.indexOf(text);
    const span = sentenceAround(release, start, start + text.length);
    expect(span.sentence).toBe(sentence);
    expect(span.sentenceStart).toBe(release.indexOf(sentence));
  });

  it('prefers the sentence the extractor already cut when one covers the span', () => {
    const known: Evidence = { docId: 'd', date: null, sentence: 'Minister Yeo noted progress. Mr. Kim attended.', sentenceStart: body.indexOf('Minister Yeo noted'), start: 0, end: 0 };
    const start = body.indexOf('Kim');
    expect(sentenceAround(body, start, start + 3, [known]).sentence).toBe(known.sentence);
  });
});
