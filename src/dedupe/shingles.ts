import { fnv1a32, murmurFinalise } from '../domain/index.js';


/** Words per shingle: long enough that shared 5-grams mean shared sentences, not shared phrases. */
export const SHINGLE_WORDS = 5;

/**
 * The word 5-grams of a body's words (see bodyWords) as sorted, distinct 32-bit hashes: each word
 * is hashed once (FNV-1a) and five word hashes are mixed, so no shingle string is ever built. A
 * body shorter than five words yields one shingle of all its words.
 */
export function shingleHashes(words: readonly string[]): Uint32Array {
  const size = Math.min(SHINGLE_WORDS, words.length);
  if (size === 0) return new Uint32Array(0);
  const wordHashes = words.map(fnv1a32);
  const hashes = new Uint32Array(words.length - size + 1);
  for (let i = 0; i < hashes.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = i; k < i + size; k++) hash = Math.imul(hash ^ wordHashes[k]!, 0x01000193);
    // Murmur3's finaliser spreads every input bit over the low bits that candidate sampling keys on.
    hashes[i] = murmurFinalise(hash);
  }
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i]!;
  return hashes.slice(0, distinct);
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
