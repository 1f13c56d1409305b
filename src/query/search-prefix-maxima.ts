import { expandWord } from './search-expansions.js';
import type { SearchIndex } from './search-index.js';
import { expansionMaxima, type WordMaxima } from './search-word-maxima.js';

/** Query words up to this long, read as a prefix without typos, have their maxima kept. */
export const KEPT_PREFIX_LENGTH = 3;

/**
 * The most `word`, read as a prefix and never fuzzily (the exact term and every longer term it
 * starts, as expandWord weighs them), adds to one entity's form and to one title; null when the
 * word is longer than KEPT_PREFIX_LENGTH or begins no term. A short last word such as the `a` of
 * `S.A.` reaches every term starting with it (thousands on the 1000× graph), and a bound from
 * those terms' best scores counts several per form: three to four times what one form holds, far
 * above the cut-off, so its postings, the longest of the query, were always walked. Found once per
 * word (one walk of those postings) and kept in the index: at most one entry per short beginning
 * of a term.
 */
export function prefixWordMaxima(index: SearchIndex, word: string): WordMaxima | null {
  if (word.length > KEPT_PREFIX_LENGTH) return null;
  const kept = index.prefixMaxima.get(word);
  if (kept) return kept;
  const { terms, weights } = expandWord(index, word, 0, { fuzzy: () => false, prefix: () => true });
  if (terms.length === 0) return null;
  const found = expansionMaxima(index, terms, weights);
  index.prefixMaxima.set(word, found);
  return found;
}
