import type { PreparedRecord } from './prepared-record.js';

/**
 * The copy whose text a Document keeps: the longest body; on a tie the lexicographically smaller
 * body, then the longer title, so the choice never depends on input order.
 */
export function fullestRecord(members: readonly PreparedRecord[]): PreparedRecord {
  return [...members].sort(
    (a, b) =>
      b.raw.body.length - a.raw.body.length ||
      compare(a.raw.body, b.raw.body) ||
      b.raw.title.length - a.raw.title.length ||
      compare(a.raw.title, b.raw.title) ||
      a.index - b.index,
  )[0]!;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
