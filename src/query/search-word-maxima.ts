import type { FuzzyMatches, SearchIndex } from './search-index.js';
import { MATCH_WEIGHTS } from './search-bm25.js';

/** The most one form and one title gain from a query word (see wordMaxima). */
export interface WordMaxima {
  readonly entity: number;
  readonly title: number;
}

/**
 * The most a query word that is index term `term` adds to one form, when it is not the last word
 * (so reached exactly and within its fuzzy distance, never as a prefix): per form, the term's own
 * score and its fuzzy neighbours' weighted scores summed as a search sums them; the highest such sum
 * among entities' forms and among titles. Computed once per term beside its fuzzy neighbours
 * (warmFuzzyNeighbours): the bound a search otherwise takes from the neighbours' best scores counts
 * several neighbours per form (any sharing a first letter), two to four times what a form holds.
 * Uses scratch.term and leaves it zeroed; synchronous.
 */
export function wordMaxima(index: SearchIndex, term: number, neighbours: FuzzyMatches): WordMaxima {
  const terms = [term];
  const weights = [1];
  for (const [spelling, [id, distance]] of neighbours) {
    if (distance === 0) continue;
    terms.push(id);
    weights.push((MATCH_WEIGHTS.fuzzy * spelling.length) / (spelling.length + distance));
  }
  return expansionMaxima(index, terms, weights);
}

/**
 * The most the terms of one query word, weighted, add to one entity's form and to one title, summed
 * per form as a search sums them. Uses scratch.term and leaves it zeroed; synchronous.
 */
export function expansionMaxima(index: SearchIndex, terms: readonly number[], weights: readonly number[]): WordMaxima {
  const sums = index.scratch.term;
  const touched: number[] = [];
  for (let e = 0; e < terms.length; e++) {
    const forms = index.postingForms[terms[e]!]!;
    const scores = index.postingScores[terms[e]!]!;
    const weight = weights[e]!;
    for (let j = 0; j < forms.length; j++) {
      const form = forms[j]!;
      if (sums[form] === 0) touched.push(form);
      sums[form] = sums[form]! + weight * scores[j]!;
    }
  }
  let entity = 0;
  let title = 0;
  for (const form of touched) {
    if (form < index.firstDocumentForm) entity = Math.max(entity, sums[form]!);
    else title = Math.max(title, sums[form]!);
    sums[form] = 0;
  }
  return { entity, title };
}
