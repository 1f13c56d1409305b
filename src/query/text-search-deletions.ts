import type { TextNeighbours } from './text-search-fuzzy.js';

/**
 * Every term's spellings with up to two letters deleted (one for terms under six letters), each
 * pointing at the terms it came from: a symmetric-deletion (SymSpell) table. Two words are within
 * d edits only if deleting at most d letters from each makes them equal, so a word that is not a
 * term (a typo, a cut-off prefix: half the drawn full-text queries) finds its neighbours by
 * looking up its own deletions and checking each candidate's distance, instead of walking the
 * radix tree (≈ 0.1–1 ms a word). Filled by warmTextNeighbours; `ready` once complete.
 */
export interface DeletionTable {
  readonly byDeletion: Map<string, number[]>;
  /** Per term number: its place in the radix tree's order, the order its fuzzyGet answers in. */
  treeRank: Int32Array;
  ready: boolean;
}

/**
 * Terms this long or longer keep two deletions: a word allowed two edits has eight letters or
 * more (textFuzzyDistance), so its neighbours have six or more. Enough for a word's own distance only.
 */
const TWO_DELETIONS_FROM = 6;

export function emptyDeletionTable(): DeletionTable {
  return { byDeletion: new Map(), treeRank: new Int32Array(0), ready: false };
}

/** Adds term `id`'s deletions to the table. */
export function addTermDeletions(table: DeletionTable, term: string, id: number): void {
  for (const key of deletionsOf(term, term.length >= TWO_DELETIONS_FROM ? 2 : 1)) {
    const ids = table.byDeletion.get(key);
    if (ids) ids.push(id);
    else table.byDeletion.set(key, [id]);
  }
}

/** `word` and every spelling of it with up to `most` letters deleted, each once. */
export function deletionsOf(word: string, most: number): Set<string> {
  const found = new Set<string>([word]);
  let level = [word];
  for (let d = 0; d < most; d++) {
    const next: string[] = [];
    for (const spelling of level) {
      for (let i = 0; i < spelling.length; i++) {
        const shorter = spelling.slice(0, i) + spelling.slice(i + 1);
        if (!found.has(shorter)) {
          found.add(shorter);
          next.push(shorter);
        }
      }
    }
    level = next;
  }
  return found;
}

/**
 * The terms within `maxDistance` (at most 2) edits of `word`, in the radix tree's order with their
 * edit distances: what the tree's fuzzyGet answers.
 */
export function neighboursByDeletions(table: DeletionTable, termText: readonly string[], word: string, maxDistance: number): TextNeighbours {
  const seen = new Set<number>();
  const found: number[] = [];
  const distances = new Map<number, number>();
  for (const key of deletionsOf(word, maxDistance)) {
    const ids = table.byDeletion.get(key);
    if (!ids) continue;
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const distance = editDistanceWithin(word, termText[id]!, maxDistance);
      if (distance <= maxDistance) {
        found.push(id);
        distances.set(id, distance);
      }
    }
  }
  const { treeRank } = table;
  found.sort((a, b) => treeRank[a]! - treeRank[b]!);
  return { terms: Int32Array.from(found), distances: Uint8Array.from(found, (id) => distances.get(id)!) };
}

/** Levenshtein distance of `a` and `b` (insertions, deletions, substitutions), or `most + 1` once it exceeds `most`. */
export function editDistanceWithin(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > most) return most + 1;
    previous = current;
  }
  return previous[b.length]!;
}
