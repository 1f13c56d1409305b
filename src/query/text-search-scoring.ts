import { lowerBound } from '../domain/index.js';
import { bm25Normed, MATCH_WEIGHTS } from './search-bm25.js';
import { textFuzzyDistance, textNeighboursOf } from './text-search-fuzzy.js';
import { FIELD_BOOST, TEXT_FIELDS, wordsOf, foldWord, type TextIndex } from './text-search-index.js';


/** A term a query word reaches (itself, a longer term it starts, or one a typo away) and its weight. */
export interface Expansion {
  readonly id: number;
  readonly term: string;
  readonly weight: number;
}

/** The documents holding every word of a query, with their scores, in no particular order. */
export interface ScoredDocuments {
  readonly docs: readonly number[];
  readonly scores: readonly number[];
  /** Per query word: the terms it reached, for marking the hits. */
  readonly expansions: readonly (readonly Expansion[])[];
}

/** The query's words as the index folds them (words folding to nothing dropped). */
export function queryWords(query: string): string[] {
  return wordsOf(query).map(foldWord).filter((word) => word.length > 0);
}

/**
 * The terms `word` reaches, in the order minisearch adds their scores: the word itself, then (for
 * the last word) every longer term it starts, then the terms within TEXT_FUZZY of its length in edits
 * that are not already prefix matches.
 */
export function expansionsOf(index: TextIndex, word: string, isLast: boolean): Expansion[] {
  const found: Expansion[] = [];
  const exact = index.terms.get(word);
  if (exact !== undefined) found.push({ id: exact, term: word, weight: 1 });
  const maxDistance = textFuzzyDistance(word);
  // Shared by every search once warmed: read, never changed.
  const fuzzy = maxDistance ? textNeighboursOf(index, word, maxDistance) : null;
  // A term both a prefix and a fuzzy match counts once, as a prefix match.
  const asPrefix = new Set<number>();
  if (isLast) {
    for (const [term, id] of index.terms.atPrefix(word)) {
      const distance = term.length - word.length;
      if (!distance) continue;
      asPrefix.add(id);
      found.push({ id, term, weight: (MATCH_WEIGHTS.prefix * term.length) / (term.length + 0.3 * distance) });
    }
  }
  if (fuzzy) {
    for (let k = 0; k < fuzzy.terms.length; k++) {
      const id = fuzzy.terms[k]!;
      const distance = fuzzy.distances[k]!;
      if (!distance || asPrefix.has(id)) continue;
      const term = index.termText[id]!;
      found.push({ id, term, weight: (MATCH_WEIGHTS.fuzzy * term.length) / (term.length + distance) });
    }
  }
  return found;
}

/** The documents a filter admits: per document position 1 or 0, and the admitted positions, each once, in any order. */
export interface Admitted {
  readonly mask: Uint8Array;
  readonly docs: ArrayLike<number>;
}

/**
 * Scores every document holding all `words` exactly as minisearch's AND search over the title
 * (boosted) and text does: BM25+ per field of each reached term, prefix and fuzzy terms weighted
 * down, summed per word in the same order (so equal to the last bit), the words' sums added in
 * query order and multiplied by the number of distinct words. Only `admitted` documents (all when
 * null) are scored.
 * The words are taken rarest first (fewest postings to read), whatever their place in the query:
 * `korea vietnam` starts from the few hundred releases holding `vietnam` instead of every release
 * holding `korea`. Each word's sum is kept per document in a table and the sums added in query
 * order at the end, so the order they were found in changes no bit.
 * A word is scored term by term (its postings walked) or, when the documents still in the running
 * are few beside its postings (an entity filter admits a handful of the 1000× graph's 39,000
 * releases; a rare first word leaves a few hundred for a common one), document by document
 * (each looked up in its postings): either way a document's additions come in the same order.
 * Synchronous: the scratch arrays are shared.
 */
export function scoreDocuments(index: TextIndex, words: readonly string[], admitted: Admitted | null = null): ScoredDocuments {
  const { word: wordScore, slot } = index.scratch;
  const expansions = words.map((word, i) => expansionsOf(index, word, i === words.length - 1));
  const lengths = expansions.map((reached) => walkLength(index, reached));
  const order = words.map((_word, i) => i).sort((a, b) => lengths[a]! - lengths[b]! || a - b);
  const count = words.length;
  let candidates: number[] = [];
  // Per candidate (slot[doc] - 1), per query position: that word's sum for the document.
  let sums = new Float64Array(0);
  order.forEach((i, step) => {
    const reached = expansions[i]!;
    // Every contribution is positive, so 0 means "not reached yet"; after the first word only the
    // documents every earlier word reached (slot > 0) are worth a score.
    const first = step === 0;
    const touched: number[] = first ? candidates : [];
    const running = first ? admitted?.docs : candidates;
    if (running !== undefined && lookingUpIsCheaper(index, reached, running.length)) {
      for (let r = 0; r < running.length; r++) {
        const doc = running[r]!;
        for (const { id, weight } of reached) addHeld(index, id, weight, doc, first ? touched : null);
      }
    } else {
      const mask = admitted?.mask ?? null;
      for (const { id, weight } of reached) {
        const fields = index.postings[id]!;
        for (let field = 0; field < TEXT_FIELDS.length; field++) {
          const postings = fields[field];
          if (!postings) continue;
          const { docs, freqs, idf } = postings;
          const norms = index.norms[field]!;
          const scale = weight * FIELD_BOOST[TEXT_FIELDS[field]!];
          for (let j = 0; j < docs.length; j++) {
            const doc = docs[j]!;
            if (first ? mask !== null && mask[doc] === 0 : slot[doc] === 0) continue;
            const raw = bm25Normed(idf, freqs[j]!, norms[doc]!);
            if (first && wordScore[doc] === 0) touched.push(doc);
            wordScore[doc] = wordScore[doc]! + scale * raw;
          }
        }
      }
    }
    if (first) {
      sums = new Float64Array(candidates.length * count);
      for (let k = 0; k < candidates.length; k++) {
        const doc = candidates[k]!;
        slot[doc] = k + 1;
        sums[k * count + i] = wordScore[doc]!;
        wordScore[doc] = 0;
      }
      return;
    }
    for (const doc of candidates) {
      if (wordScore[doc]! > 0) {
        touched.push(doc);
        sums[(slot[doc]! - 1) * count + i] = wordScore[doc]!;
        wordScore[doc] = 0;
      } else slot[doc] = 0;
    }
    candidates = touched;
  });
  const quality = new Set(words).size;
  const scores = candidates.map((doc) => {
    const at = (slot[doc]! - 1) * count;
    slot[doc] = 0;
    let total = sums[at]!;
    for (let i = 1; i < count; i++) total = total + sums[at + i]!;
    return total * quality;
  });
  return { docs: candidates, scores, expansions };
}

/** How many postings walking every term a word reached reads. */
function walkLength(index: TextIndex, reached: readonly Expansion[]): number {
  let walk = 0;
  for (const { id } of reached) {
    for (const postings of index.postings[id]!) if (postings) walk += postings.docs.length;
  }
  return walk;
}

/**
 * Whether looking `count` documents up in the postings of `reached` (a binary search in each field's
 * list) reads fewer entries than walking those postings whole.
 */
function lookingUpIsCheaper(index: TextIndex, reached: readonly Expansion[], count: number): boolean {
  let walk = 0;
  let probe = 0;
  for (const { id } of reached) {
    for (const postings of index.postings[id]!) {
      if (!postings) continue;
      walk += postings.docs.length;
      probe += Math.log2(postings.docs.length + 1) + 1;
    }
  }
  return count * probe < walk;
}

/** Adds what term `id` (weighted) scores in `doc`, field by field, as the postings walk adds it; `touched` collects a document reached for the first time. */
function addHeld(index: TextIndex, id: number, weight: number, doc: number, touched: number[] | null): void {
  const { word: wordScore } = index.scratch;
  const fields = index.postings[id]!;
  for (let field = 0; field < TEXT_FIELDS.length; field++) {
    const postings = fields[field];
    if (!postings) continue;
    const { docs, freqs, idf } = postings;
    const j = lowerBound(docs, doc);
    if (j === docs.length || docs[j] !== doc) continue;
    const raw = bm25Normed(idf, freqs[j]!, index.norms[field]![doc]!);
    if (touched && wordScore[doc] === 0) touched.push(doc);
    wordScore[doc] = wordScore[doc]! + weight * FIELD_BOOST[TEXT_FIELDS[field]!] * raw;
  }
}

/** The reached terms a document holds in either field, sorted: the hit's `terms`. */
export function termsIn(index: TextIndex, doc: number, expansions: readonly (readonly Expansion[])[]): string[] {
  const held = new Set<string>();
  for (const reached of expansions) {
    for (const { id, term } of reached) {
      if (index.postings[id]!.some((postings) => postings !== undefined && holds(postings.docs, doc))) held.add(term);
    }
  }
  return [...held].sort();
}

/** Whether the ascending `docs` holds `doc`. */
function holds(docs: Int32Array, doc: number): boolean {
  const at = lowerBound(docs, doc);
  return at < docs.length && docs[at] === doc;
}
