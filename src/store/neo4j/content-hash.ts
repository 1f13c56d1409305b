import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { canonical as canonicalOf } from '../content-hash.js';

export { edgeHash, HASH_PROPERTY, nodeHash } from '../content-hash.js';

/** canonical (content-hash.ts) over stored properties, which may hold the driver's Integers and byte arrays. */
export function canonical(props: Readonly<Record<string, unknown>>): string {
  return canonicalOf(props, storedValue);
}

function storedValue(v: unknown): string | undefined {
  if (neo4j.isInt(v)) return `i${v.toString()};`;
  // A byte array (the load digests' node, load-digests.ts), as the driver returns it.
  if (v instanceof Int8Array) return `y${v.length}:${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64')};`;
  return undefined;
}

const MASK_64 = (1n << 64n) - 1n;

/**
 * A digest of an edge's evidence as a set of keys (docId, start, end: what merging unions by): the
 * sum of each key's 64-bit SHA-1 prefix, so any order gives it, and a load can tell from the stored
 * digest, count and docIds alone that the stored sentences are among the incoming ones (the incoming
 * ones from those documents have the same digest and number) without reading them back. Adding
 * releases grows a hub's evidence (the ministry's BASED_IN Korea: ~1 MB); this spares reading it.
 */
export function evidenceSetDigest(evidence: Iterable<{ readonly docId: string; readonly start: number; readonly end: number }>): string {
  let sum = 0n;
  const seen = new Set<string>();
  for (const e of evidence) {
    const key = `${e.docId}\u0000${e.start}\u0000${e.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sum = (sum + createHash('sha1').update(key).digest().readBigUInt64BE(0)) & MASK_64;
  }
  return `${seen.size}:${sum.toString(36)}`;
}
