/**
 * A key not yet taken in the document: `base`, else `base-2`, `base-3`, … A named event's base is
 * its slug; a generic one's is its kind and date (`bilateral-2025-11-18`) or sentence (`signing-s4`).
 */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}
