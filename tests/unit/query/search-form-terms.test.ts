import { describe, expect, it } from 'vitest';
import { formTermsOf, PrefixSharing, termMaxima } from '../../../src/query/search-form-terms.js';

describe('formTermsOf', () => {
  // Three forms; term 0 in forms 0 and 2, term 1 in form 2, term 2 in forms 0 and 1.
  const postingForms = [Int32Array.of(0, 2), Int32Array.of(2), Int32Array.of(0, 1)];
  const postingScores = [Float64Array.of(1.5, 2.5), Float64Array.of(3.5), Float64Array.of(4.5, 5.5)];
  const fieldLength = Int32Array.of(2, 1, 2);

  it('lists each form’s terms, ascending, with the same scores as the postings', () => {
    const { start, terms, scores } = formTermsOf(postingForms, postingScores, fieldLength);
    expect([...start]).toEqual([0, 2, 3, 5]);
    expect([...terms]).toEqual([0, 2, 2, 0, 1]);
    expect([...scores]).toEqual([1.5, 4.5, 5.5, 2.5, 3.5]);
  });

  it('gives each term its best score below and from a split', () => {
    const { below, above } = termMaxima(postingForms, postingScores, 2);
    expect([...below]).toEqual([1.5, 0, 5.5]);
    expect([...above]).toEqual([2.5, 3.5, 0]);
  });
});

describe('PrefixSharing', () => {
  it('counts the most terms of one form that begin with the same letters, per prefix length', () => {
    const sharing = new PrefixSharing();
    sharing.add(['mexico', 'mexicocity', 'mexican', 'forum', 'for']);
    sharing.add(['kim', 'ko', 'koh']);
    expect([1, 2, 3, 4, 5, 9].map((length) => sharing.at(length))).toEqual([3, 3, 3, 3, 3, 3]);
    sharing.add(['mexicoa', 'mexicob', 'mexicoc', 'mexicod']);
    expect([1, 5, 6].map((length) => sharing.at(length))).toEqual([4, 4, 4]);
  });

  it('counts a term shorter than the prefix by its whole self', () => {
    const sharing = new PrefixSharing();
    sharing.add(['ko', 'kor', 'korea']);
    expect([1, 2, 3].map((length) => sharing.at(length))).toEqual([3, 3, 2]);
  });
});
