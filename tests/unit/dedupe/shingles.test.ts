import { describe, expect, it } from 'vitest';
import { bodyWords } from '../../../src/dedupe/body-words.js';
import { containment, shingleHashes as hashWords } from '../../../src/dedupe/shingles.js';
import { BODY_A, BODY_B } from './raw-document.js';

const shingleHashes = (body: string): Uint32Array => hashWords(bodyWords(body));

describe('shingleHashes', () => {
  it.each([
    ['one 5-gram per window', 'a b c d e f g', 3],
    ['one shingle of everything for fewer than five words', 'a b c', 1],
    ['no shingle for an empty body', '', 0],
    ['repeated windows once', 'a b c d e a b c d e', 5],
  ])('yields %s', (_name, body, count) => expect(shingleHashes(body)).toHaveLength(count));

  it('ignores case and punctuation', () => {
    expect(shingleHashes('Korea, the EU: trade talks go on.')).toEqual(shingleHashes('korea the eu trade talks go on'));
  });
});

describe('containment', () => {
  it.each([
    ['a text with itself', BODY_A, BODY_A, 1],
    ['a prefix of a text with the text', BODY_A.slice(0, 120), BODY_A, 1],
    ['two unrelated texts', BODY_A, BODY_B, 0],
    ['an empty text with anything', '', BODY_A, 0],
  ])('scores %s as %d', (_name, a, b, expected) => {
    expect(containment(shingleHashes(a), shingleHashes(b))).toBe(expected);
  });
});
