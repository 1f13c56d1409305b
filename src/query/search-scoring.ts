import { lowerBound } from '../domain/index.js';
import { fuzzyMatchesOf, MAX_FUZZY, termsWithPrefix, type SearchIndex } from './search-index.js';

/** minisearch's defaults, which the index was tuned with: match weights (BM25+ is in the index). */
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 } as const;

export interface TermOptions {
  /** Edit distance allowed as a fraction of the term's length, or false. */
  readonly fuzzy: (term: string, i: number) => number | false;
  readonly prefix: (term: string, i: number) => boolean;
}

/** Forms numbered from `from` up to (not including) `to`. */
export interface FormRange {
  readonly from: number;
  readonly to: number;
}

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
    const add = (termId: number | undefined, weight: number) => {
      if (termId === undefined) return;
      const forms = index.postingForms[termId]!;
      const raws = index.postingScores[termId]!;
      for (let j = range.from === 0 ? 0 : lowerBound(forms, range.from); j < forms.length; j++) {
        const form = forms[j]!;
        if (form >= range.to) break;
        const raw = raws[j]!;
        // Every contribution is positive, so 0 means not matched yet by this word.
        if (termScore[form] === 0) termTouched.push(form);
        termScore[form] = termScore[form]! + weight * raw;
      }
    };
    add(index.terms.get(word), 1);
    const fuzzy = options.fuzzy(word, i);
    const maxDistance = fuzzy === false ? 0 : Math.min(MAX_FUZZY, Math.round(word.length * fuzzy));
    // Shared with other searches (fuzzyMatchesOf keeps them per term): read, never changed.
    const fuzzyMatches = maxDistance ? fuzzyMatchesOf(index, word, maxDistance) : null;
    const asPrefix = new Set<string>();
    if (options.prefix(word, i)) {
      for (const [term, termId] of termsWithPrefix(index, word)) {
        const distance = term.length - word.length;
        if (!distance) continue;
        // A term both a prefix and a fuzzy match counts once, as a prefix match.
        if (fuzzyMatches?.has(term)) asPrefix.add(term);
        add(termId, (WEIGHTS.prefix * term.length) / (term.length + 0.3 * distance));
      }
    }
    if (fuzzyMatches) {
      for (const [term, [termId, distance]] of fuzzyMatches) {
        if (!distance || asPrefix.has(term)) continue;
        add(termId, (WEIGHTS.fuzzy * term.length) / (term.length + distance));
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
