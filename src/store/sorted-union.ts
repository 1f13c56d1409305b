import { compareStrings } from '../domain/index.js';

/**
 * The distinct strings of every list, ascending by code unit (compareStrings): how the stores union
 * provenance (docIds, aliases, sources). Stored lists are this function's own output, and a record
 * as built keeps them so too, so the ascending lists are merged in one pass; a list in another
 * order (an edge's evidence docIds, in evidence order) only has to be found in that merge. Sorting
 * the whole union instead was most of what merging a hub cost a load adding releases: the
 * ministry and Korea name ~3,900 releases at 100× the sample. Any other input is sorted as a whole.
 */
export function sortedUnion(...lists: readonly (readonly string[] | undefined)[]): string[] {
  const ascending: (readonly string[])[] = [];
  const others: (readonly string[])[] = [];
  for (const list of lists) if (list && list.length > 0) (isAscending(list) ? ascending : others).push(list);
  let merged: string[] = ascending.length === 0 ? [] : [...ascending[0]!];
  for (const list of ascending.slice(1)) merged = mergeAscending(merged, list);
  if (others.length === 0) return merged;
  const present = new Set(merged);
  if (others.every((list) => list.every((item) => present.has(item)))) return merged;
  return [...new Set(lists.flatMap((list) => list ?? []))].sort(compareStrings);
}

/** Strictly ascending: sorted and without repeats. */
function isAscending(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1]! < list[i]!)) return false;
  return true;
}

/** Two strictly ascending lists as one, each string once. */
function mergeAscending(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) {
      out.push(x);
      i++;
    } else if (y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
