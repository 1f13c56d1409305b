import type { FuzzyMatches, SearchIndex } from './search-index.js';
import { MATCH_WEIGHTS } from './search-bm25.js';

/**
 * The most a query word that is index term `term` adds to one form, when it is not the last word
 * (so reached exactly and within its fuzzy distance, never as a prefix): per form, the term's own
 * score and its fuzzy neighbours' weighted scores summed as a search sums them; the highest such sum
 * among entities' forms and among titles. Computed once per term beside its fuzzy neighbours
 * (warmFuzzyNeighbours): the bound a search otherwise takes from the neighbours' best scores counts
 * several neighbours per form (any sharing a first letter), two to four times what a form holds.
 * Uses scratch.term and leaves it zeroed; synchronous.
 */
export function wordMaxima(index: SearchIndex, term: number, neighbours: FuzzyMatches): { readonly entity: number; readonly title: number } {
  const sums = index.scratch.term;
  const touched: number[] = [];
  const add = (id: number, weight: number) => {
    const forms = index.postingForms[id]!;
    const scores = index.postingScores[id]!;
    for (let j = 0; j < forms.length; j++) {
      const form = forms[j]!;
      if (sums[form] === 0) touched.push(form);
      sums[form] = sums[form]! + weight * scores[j]!;
    }
  };
  add(term, 1);
  for (const [spelling, [id, distance]] of neighbours) if (distance > 0) add(id, (MATCH_WEIGHTS.fuzzy * spelling.length) / (spelling.length + distance));
  let entity = 0;
  let title = 0;
  for (const form of touched) {
    if (form < index.firstDocumentForm) entity = Math.max(entity, sums[form]!);
    else title = Math.max(title, sums[form]!);
    sums[form] = 0;
  }
  return { entity, title };
}
