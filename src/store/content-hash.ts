import { hash } from 'node:crypto';
import type { EdgeRecord, NodeRecord } from '../domain/index.js';

/**
 * Content hashes of records, shared by the two stores: the snapshot writer computes them at build
 * time and carries them in the file (carried-hashes.ts), and Neo4j stores one on every node and
 * relationship it writes, so a load can tell what changed without comparing contents.
 */

/** The property every node and relationship the Neo4j store writes carries: a digest of all the others. */
export const HASH_PROPERTY = 'hash';

/** A value canonical() cannot type itself (a driver's Integer, a byte array) as text, or undefined. */
export type ExtraValue = (v: unknown) => string | undefined;

/**
 * A digest of a node's content: every attribute and the id (absent ones left out, keys in
 * code-unit order, values typed, strings length-prefixed so nothing needs escaping). 128 bits of
 * SHA-1 in base64url, 22 characters: a fingerprint against accidents, not an adversary, and about
 * three times cheaper than SHA-256, which a reload pays on every record it is given.
 */
export function nodeHash(node: NodeRecord): string {
  return fingerprint(canonical({ ...node.attributes, id: node.id }));
}

/**
 * As nodeHash for an edge, its endpoints included (an equal hash means the same endpoints too).
 * The evidence is hashed item by item rather than as the JSON Neo4j stores, which would cost a
 * JSON.stringify of every sentence on every reload.
 */
export function edgeHash(edge: EdgeRecord): string {
  const { evidence, ...flat } = edge.attributes;
  let text = `${canonical({ ...flat, id: edge.id })}>${value(edge.source)}${value(edge.target)}e${evidence.length}[`;
  for (const e of evidence) text += `${value(e.docId)}${e.date === null ? 'n;' : value(e.date)}${e.sentenceStart};${e.start};${e.end};${value(e.sentence)}`;
  return fingerprint(text);
}

/**
 * 128 bits of SHA-1 of `text` in base64url. One-shot `hash` rather than a Hash object per record:
 * at 1000x the snapshot write digests 750k records, and a Hash object each (a native handle the
 * collector must finalise, and one call into C++ per update) cost three times the one-shot call.
 */
function fingerprint(text: string): string {
  return hash('sha1', text, 'base64url').slice(0, 22);
}

/** What nodeHash and edgeHash answer: 22 base64url characters. */
export const CONTENT_HASH = /^[A-Za-z0-9_-]{22}$/;

/**
 * The properties as one string: sorted keys, `hash` left out, each value typed and strings
 * length-prefixed (unambiguous without escaping, which costs a pass over every evidence text).
 */
export function canonical(props: Readonly<Record<string, unknown>>, extra?: ExtraValue): string {
  const keys = Object.keys(props)
    .filter((key) => key !== HASH_PROPERTY && props[key] !== undefined && props[key] !== null)
    .sort();
  let out = '';
  for (const key of keys) out += `${key}=${value(props[key], extra)}`;
  return out;
}

function value(v: unknown, extra?: ExtraValue): string {
  if (typeof v === 'string') return `s${v.length}:${v}`;
  const other = extra?.(v);
  if (other !== undefined) return other;
  if (typeof v === 'number') return `f${v};`;
  if (typeof v === 'bigint') return `i${v};`;
  if (typeof v === 'boolean') return `b${v};`;
  if (Array.isArray(v)) return `l${v.length}[${v.map((item) => value(item, extra)).join('')}]`;
  throw new Error(`A stored property cannot hold ${typeof v}: ${String(v)}`);
}
