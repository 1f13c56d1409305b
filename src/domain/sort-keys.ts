/**
 * Sorts a short list of strings in code-unit order where it lies (what compareStrings orders by,
 * and Array#sort with no comparator). An object's keys are a dozen at most, and Array#sort copies
 * the list into a scratch array of its own on every call: at 100x writing a snapshot sorted ~0.2M
 * such lists and those copies were a sixth of what the write allocated.
 */
export function sortKeys(list: string[]): string[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    for (; j >= 0 && list[j]! > item; j--) list[j + 1] = list[j]!;
    list[j + 1] = item;
  }
  return list;
}
