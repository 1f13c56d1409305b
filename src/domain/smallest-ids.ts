/** The `count` smallest ids in code-unit order, sorted, without sorting them all (a hub reaches thousands). */
export function smallest(ids: Iterable<string>, count: number): string[] {
  const kept: string[] = [];
  for (const id of ids) {
    if (kept.length === count && !(id < kept[count - 1]!)) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (kept[mid]! < id) low = mid + 1;
      else high = mid;
    }
    kept.splice(low, 0, id);
    if (kept.length > count) kept.pop();
  }
  return kept;
}
