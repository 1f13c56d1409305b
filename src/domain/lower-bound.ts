/**
 * The first position in `[low, high)` of the ascending `list` whose value is not below `value`
 * (`high` when none): where `value` is, or would be inserted. Numbers compare as numbers, strings
 * in code-unit order, as `<` does.
 */
export function lowerBound<T extends number | string>(list: ArrayLike<T>, value: T, low = 0, high = list.length): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
