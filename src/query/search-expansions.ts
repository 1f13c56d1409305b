import { MATCH_WEIGHTS } from './search-bm25.js';
import { fuzzyMatchesOf, MAX_FUZZY, termsWithPrefix, type SearchIndex } from './search-index.js';

export interface TermOptions {
  /** Edit distance allowed as a fraction of the term's length, or false. */
  readonly fuzzy: (term: string, i: number) => number | false;
  readonly prefix: (term: string, i: number) => boolean;
}

/**
 * The terms one query word reaches and the weight of each, in the order minisearch adds their
 * scores: the word itself, then (when it may be a prefix) every longer term it starts, then the
 * terms a few edits away that are not already prefix matches. Each term at most once. Shared by
 * every search that asks for the same word (SearchIndex.expansions): read, never changed.
 */
export interface WordExpansion {
  readonly terms: readonly number[];
  readonly weights: readonly number[];
  /** How each term was reached. */
  readonly kinds: readonly ExpansionKind[];
  /** Each term as written in the index. */
  readonly spellings: readonly string[];
}

export type ExpansionKind = 'exact' | 'prefix' | 'fuzzy';

/** The expansion of the query word at position `i`: kept in the index (index.expansions) after its first use. */
export function expandWord(index: SearchIndex, word: string, i: number, options: TermOptions): WordExpansion {
  const maxDistance = editsAllowed(options, word, i);
  const prefix = options.prefix(word, i);
  // Everything the expansion depends on besides the index: the options only decide these two.
  const key = `${maxDistance}${prefix ? '+' : '='}${word}`;
  const kept = index.expansions.get(key);
  if (kept) return kept;
  const found = expansionOf(index, word, maxDistance, prefix);
  index.expansions.set(key, found);
  return found;
}

/** How many edits the options allow the query word at position `i` (0: none). */
export function editsAllowed(options: TermOptions, word: string, i: number): number {
  const fuzzy = options.fuzzy(word, i);
  return fuzzy === false ? 0 : Math.min(MAX_FUZZY, Math.round(word.length * fuzzy));
}

/** The terms `word` reaches within `maxDistance` edits and, when `prefix`, as their beginning. */
function expansionOf(index: SearchIndex, word: string, maxDistance: number, prefix: boolean): WordExpansion {
  const terms: number[] = [];
  const weights: number[] = [];
  const kinds: ExpansionKind[] = [];
  const spellings: string[] = [];
  const add = (term: number, weight: number, kind: ExpansionKind, spelling: string) => {
    terms.push(term);
    weights.push(weight);
    kinds.push(kind);
    spellings.push(spelling);
  };
  const exact = index.terms.get(word);
  if (exact !== undefined) add(exact, 1, 'exact', word);
  // Shared with other searches (fuzzyMatchesOf keeps them per term): read, never changed.
  const fuzzyMatches = maxDistance ? fuzzyMatchesOf(index, word, maxDistance) : null;
  const asPrefix = new Set<string>();
  if (prefix) {
    for (const [term, termId] of termsWithPrefix(index, word)) {
      const distance = term.length - word.length;
      if (!distance) continue;
      // A term both a prefix and a fuzzy match counts once, as a prefix match.
      if (fuzzyMatches?.has(term)) asPrefix.add(term);
      add(termId, (MATCH_WEIGHTS.prefix * term.length) / (term.length + 0.3 * distance), 'prefix', term);
    }
  }
  if (fuzzyMatches) {
    for (const [term, [termId, distance]] of fuzzyMatches) {
      if (!distance || asPrefix.has(term)) continue;
      add(termId, (MATCH_WEIGHTS.fuzzy * term.length) / (term.length + distance), 'fuzzy', term);
    }
  }
  return { terms, weights, kinds, spellings };
}
