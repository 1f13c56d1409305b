
/** Words per shingle: long enough that shared 5-grams mean shared sentences, not shared phrases. */
export const SHINGLE_WORDS = 5;

/**
 * The word 5-grams of a body's words (see bodyWords) as sorted, distinct 32-bit hashes: each word
 * is hashed once (FNV-1a) and five word hashes are mixed, so no shingle string is ever built. A
 * body shorter than five words yields one shingle of all its words.
 */
export function shingleHashes(words: readonly string[]): Uint32Array {
  const size = Math.min(SHINGLE_WORDS, words.length);
  const wordHashes = words.map(fnv1a);
  const hashes = new Set<number>();
  for (let i = 0; size > 0 && i + size <= words.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = i; k < i + size; k++) hash = Math.imul(hash ^ wordHashes[k]!, 0x01000193) >>> 0;
    hashes.add(hash);
  }
  return Uint32Array.from(hashes).sort();
}

/** Share of the smaller set found in the larger (|A∩B| / min(|A|,|B|)); a truncated copy scores 1. Inputs sorted and distinct. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / Math.min(a.length, b.length);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
