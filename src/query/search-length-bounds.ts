import { bm25, idfOf } from './search-bm25.js';
import type { SearchIndex } from './search-index.js';

/**
 * Field lengths (a form's count of distinct terms) at which a search takes its per-word bounds.
 * A term's BM25+ score falls as its form grows longer, so a bound taken at a length holds for every
 * longer form: a form uses the step at or just below its own length. Long forms (events named
 * like releases, "Trade Minister Lim Holds Talks with …", twenty terms and more) are the ones a
 * long query reaches by the thousand, and their terms score about half what the same term scores
 * in a one-word name, which is where the flat per-term maximum comes from.
 */
export const LENGTH_STEPS: readonly number[] = [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24, 32, 48];

/** Per form: the position in LENGTH_STEPS of the longest step not above its field length. */
export function lengthStepsOf(fieldLength: Int32Array): Uint8Array {
  return Uint8Array.from(fieldLength, (length) => {
    let step = 0;
    while (step + 1 < LENGTH_STEPS.length && LENGTH_STEPS[step + 1]! <= length) step++;
    return step;
  });
}

/** Per term: the most times any one form holds it (a term's score grows with that count). */
export function termMaxFrequencies(postingFreqs: readonly Int32Array[]): Int32Array {
  return Int32Array.from(postingFreqs, (freqs) => freqs.reduce((a, b) => Math.max(a, b), 0));
}

/**
 * The most `term` scores in any form at least `length` terms long: BM25+ with the term's highest
 * frequency and that length, by the same formula the index's scores were computed with (a form
 * that holds it less often or is longer scores less).
 */
export function termScoreBoundAt(index: SearchIndex, term: number, length: number): number {
  return scoreBoundAt(index, term, termIdf(index, term), length);
}

/** The term's idf in the name index, which termScoreBoundAt takes at every length (a logarithm: worth taking once per term). */
export function termIdf(index: SearchIndex, term: number): number {
  return idfOf(index.formNode.length, index.postingForms[term]!.length);
}

/** termScoreBoundAt given the term's idf (termIdf). */
export function scoreBoundAt(index: SearchIndex, term: number, idf: number, length: number): number {
  return bm25(idf, index.termMaxFreq[term]!, length, index.avgFieldLength);
}
