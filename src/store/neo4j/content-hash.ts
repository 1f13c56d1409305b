import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { EdgeRecord, NodeRecord } from '../../domain/index.js';

/** The property every node and relationship the store writes carries: a digest of all the others. */
export const HASH_PROPERTY = 'hash';

/**
 * A digest of a node's content: every attribute and the id (absent ones left out, keys in
 * code-unit order, values typed, strings length-prefixed so nothing needs escaping). 128 bits of
 * SHA-1 in base64url, 22 characters: a fingerprint against accidents, not an adversary, and about
 * three times cheaper than SHA-256, which a reload pays on every record it is given.
 *
 * A load compares it with the `hash` stored on the node and skips equal records, so reloading an
 * unchanged graph writes nothing and a crashed load, run again, finishes only what is missing.
 */
export function nodeHash(node: NodeRecord): string {
  const digest = createHash('sha1');
  digest.update(canonical({ ...node.attributes, id: node.id }));
  return digest.digest('base64url').slice(0, 22);
}

/**
 * As nodeHash for an edge, its endpoints included (an equal hash means the same endpoints too).
 * The evidence is hashed item by item rather than as the JSON Neo4j stores, which would cost a
 * JSON.stringify of every sentence on every reload.
 */
export function edgeHash(edge: EdgeRecord): string {
  const { evidence, ...flat } = edge.attributes;
  const digest = createHash('sha1');
  digest.update(canonical({ ...flat, id: edge.id }));
  digest.update(`>${value(edge.source)}${value(edge.target)}e${evidence.length}[`);
  for (const e of evidence) {
    digest.update(`${value(e.docId)}${e.date === null ? 'n;' : value(e.date)}${e.sentenceStart};${e.start};${e.end};`);
    digest.update(value(e.sentence));
  }
  return digest.digest('base64url').slice(0, 22);
}

/**
 * The properties as one string: sorted keys, `hash` left out, each value typed and strings
 * length-prefixed (unambiguous without escaping, which costs a pass over every evidence text).
 */
export function canonical(props: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(props)
    .filter((key) => key !== HASH_PROPERTY && props[key] !== undefined && props[key] !== null)
    .sort();
  let out = '';
  for (const key of keys) out += `${key}=${value(props[key])}`;
  return out;
}

function value(v: unknown): string {
  if (typeof v === 'string') return `s${v.length}:${v}`;
  if (neo4j.isInt(v)) return `i${v.toString()};`;
  if (typeof v === 'number') return `f${v};`;
  if (typeof v === 'bigint') return `i${v};`;
  if (typeof v === 'boolean') return `b${v};`;
  if (Array.isArray(v)) return `l${v.length}[${v.map(value).join('')}]`;
  // A byte array (the load digests' node, load-digests.ts), as the driver returns it.
  if (v instanceof Int8Array) return `y${v.length}:${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64')};`;
  throw new Error(`A stored property cannot hold ${typeof v}: ${String(v)}`);
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
