import type { TextIndex } from './text-search-index.js';
import { warmInSlices } from './warm-in-slices.js';
import { addTermDeletions, neighboursByDeletions } from './text-search-deletions.js';

/** Matching tolerance: a typo per 5 letters (at most 2). */
export const TEXT_FUZZY = 0.2;
export const TEXT_MAX_FUZZY = 2;

/** How many edits a query word of the full-text search may be away from a term (0: none). */
export function textFuzzyDistance(word: string): number {
  return Math.min(TEXT_MAX_FUZZY, Math.round(word.length * TEXT_FUZZY));
}

/**
 * The terms within a word's fuzzy distance, in the radix tree's order (as its fuzzyGet answers
 * them), as term numbers and edit distances: two typed arrays instead of a Map of pairs, so every
 * term's neighbours can be kept (numbers such as `2015` have dozens of neighbours; the 100× graph's
 * 8,600 terms have 134,000 in all, ≈ 0.7 MB this way).
 */
export interface TextNeighbours {
  readonly terms: Int32Array;
  readonly distances: Uint8Array;
}

/** The neighbours of `word` at `maxDistance` edits: the kept ones when `word` is a term and was warmed, the deletion table's for another word once it is filled, else the tree's walk. */
export function textNeighboursOf(index: TextIndex, word: string, maxDistance: number): TextNeighbours {
  if (maxDistance === textFuzzyDistance(word)) {
    const id = index.terms.get(word);
    const kept = id === undefined ? undefined : index.fuzzyNeighbours[id];
    if (kept) return kept;
    // The table holds enough deletions for a word's own distance only (text-search-deletions).
    if (index.deletions.ready) return neighboursByDeletions(index.deletions, index.termText, word, maxDistance);
  }
  return walked(index, word, maxDistance);
}

function walked(index: TextIndex, word: string, maxDistance: number): TextNeighbours {
  const found = index.terms.fuzzyGet(word, maxDistance) as ReadonlyMap<string, readonly [number, number]>;
  const terms = new Int32Array(found.size);
  const distances = new Uint8Array(found.size);
  let at = 0;
  for (const [id, distance] of found.values()) {
    terms[at] = id;
    distances[at++] = distance;
  }
  return { terms, distances };
}

/**
 * Fills every term's fuzzy neighbours (a walk of the radix tree each, 0.04 ms on the 100× graph),
 * calling `pause` after each `sliceMs` of work and stopping when it answers false: a query word
 * that is a term (all but the typos users make) then costs a look-up. Once per load, from
 * QueryService.warm; `now` is injectable for tests.
 */
export async function warmTextNeighbours(index: TextIndex, pause: () => Promise<boolean>, sliceMs = 8, now: () => number = () => performance.now()): Promise<void> {
  const { termText, fuzzyNeighbours } = index;
  await warmInSlices(
    termText.length,
    (id) => {
      const term = termText[id]!;
      const distance = textFuzzyDistance(term);
      if (distance > 0 && !fuzzyNeighbours[id]) fuzzyNeighbours[id] = walked(index, term, distance);
    },
    pause,
    sliceMs,
    now,
  );
  // Then the deletion table, for the words that are no term; ready only once whole.
  const { deletions } = index;
  if (deletions.ready || termText.length === 0) return;
  deletions.byDeletion.clear();
  await warmInSlices(termText.length, (id) => addTermDeletions(deletions, termText[id]!, id), pause, sliceMs, now);
  if (!(await pause())) return;
  // The order fuzzyGet answers in (its depth-first walk, not the tree's iterator, which goes the
  // other way round): every term is within its own length of the empty word.
  const longest = termText.reduce((most, term) => Math.max(most, term.length), 0);
  if (longest > 250) return; // the walk's matrix holds bytes: such a vocabulary keeps walking the tree
  const treeRank = new Int32Array(termText.length).fill(-1);
  let rank = 0;
  for (const [id] of (index.terms.fuzzyGet('', longest) as ReadonlyMap<string, readonly [number, number]>).values()) treeRank[id] = rank++;
  if (rank !== termText.length) return;
  deletions.treeRank = treeRank;
  deletions.ready = true;
}
