import { lowerBound } from '../../../../src/domain/index.js';
import { expandWord, type TermOptions } from '../../../../src/query/search-expansions.js';
import type { SearchIndex } from '../../../../src/query/search-index.js';
import type { FormRange } from '../../../../src/query/search-scoring.js';

// The scoring the search's pruned and exhaustive paths must agree with, form by form: kept here as
// the tests' reference since search17 moved the exhaustive path's own scoring into
// src/query/search-exhaustive.ts (reused scratch, matched words as bits); production no longer calls it.

/** The forms a query matched, in the order each was first matched, with their scores. */
export interface ScoredForms {
  readonly forms: readonly number[];
  readonly scores: readonly number[];
}

/**
 * Scores every form against the words of a folded query exactly as minisearch's OR search does
 * (BM25+ per matched term; prefix and fuzzy expansions weighted down; the sum multiplied by how
 * many distinct query words matched), but over typed postings and reused scratch arrays instead
 * of one result object per matched form: a common word matches thousands of forms on a big graph.
 * Only forms in `range` are scored (postings are ascending, so the others cost nothing): the
 * releases' titles, numbered last, when an entity search leaves them out.
 * Synchronous on purpose: the scratch arrays are shared by every search of the index.
 */
export function scoreForms(index: SearchIndex, words: readonly string[], options: TermOptions, range: FormRange = { from: 0, to: index.formNode.length }): ScoredForms {
  const { total, term: termScore, matched } = index.scratch;
  const touched: number[] = [];
  const earlier = new Map<string, number[]>();
  words.forEach((word, i) => {
    const termTouched: number[] = [];
    const { terms, weights } = expandWord(index, word, i, options);
    for (let e = 0; e < terms.length; e++) {
      const weight = weights[e]!;
      const forms = index.postingForms[terms[e]!]!;
      const raws = index.postingScores[terms[e]!]!;
      for (let j = range.from === 0 ? 0 : lowerBound(forms, range.from); j < forms.length; j++) {
        const form = forms[j]!;
        if (form >= range.to) break;
        const raw = raws[j]!;
        // Every contribution is positive, so 0 means not matched yet by this word.
        if (termScore[form] === 0) termTouched.push(form);
        termScore[form] = termScore[form]! + weight * raw;
      }
    }
    // A repeated word adds its score again but counts as one matched word.
    const seen = earlier.get(word);
    const counted = seen ? new Set(seen) : null;
    for (const form of termTouched) {
      if (total[form] === 0) touched.push(form);
      total[form] = total[form]! + termScore[form]!;
      termScore[form] = 0;
      if (!counted?.has(form)) matched[form] = matched[form]! + 1;
    }
    earlier.set(word, seen ? [...seen, ...termTouched] : termTouched);
  });
  const scores = touched.map((form) => {
    const score = total[form]! * matched[form]!;
    total[form] = 0;
    matched[form] = 0;
    return score;
  });
  return { forms: touched, scores };
}
