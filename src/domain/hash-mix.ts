/**
 * FNV-1a, 32 bits, over a string's UTF-16 code units, as an unsigned integer: a fast, stable hash
 * for keys (shingles, buckets, URL tags), never a security boundary. Stored Neo4j bucket digests
 * depend on it: never change it.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's 32-bit finaliser: every input bit moves about half of the output bits (unsigned result). */
export function murmurFinalise(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
