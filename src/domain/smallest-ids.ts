import { lowerBound } from './lower-bound.js';

/** The `count` smallest ids in code-unit order, sorted, without sorting them all (a hub reaches thousands). */
export function smallest(ids: Iterable<string>, count: number): string[] {
  const kept: string[] = [];
  for (const id of ids) {
    if (kept.length === count && !(id < kept[count - 1]!)) continue;
    kept.splice(lowerBound(kept, id), 0, id);
    if (kept.length > count) kept.pop();
  }
  return kept;
}
