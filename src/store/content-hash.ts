import { sortKeys, type EdgeRecord, type NodeRecord } from '../domain/index.js';
import { DigestInput } from './digest-input.js';

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
 * The digest of canonical({ ...attributes, id }), written into reused bytes (see DigestInput).
 */
export function nodeHash(node: NodeRecord): string {
  input.clear();
  addCanonical(node.attributes, null, node.id);
  return input.digest();
}

/**
 * As nodeHash for an edge, its endpoints included (an equal hash means the same endpoints too).
 * The evidence is hashed item by item rather than as the JSON Neo4j stores, which would cost a
 * JSON.stringify of every sentence on every reload: the digest of
 * `${canonical({ ...attributes without evidence, id })}>${source}${target}e${count}[` followed by
 * each evidence's docId, date (`n;` when null), sentenceStart;start;end; and sentence.
 */
export function edgeHash(edge: EdgeRecord): string {
  const { evidence } = edge.attributes;
  input.clear();
  addCanonical(edge.attributes, 'evidence', edge.id);
  input.code(GT);
  addValue(edge.source);
  addValue(edge.target);
  input.code(0x65); // e
  input.number(evidence.length);
  input.code(OPEN);
  for (const e of evidence) {
    addValue(e.docId);
    if (e.date === null) input.raw('n;');
    else addValue(e.date);
    input.number(e.sentenceStart);
    input.code(SEMICOLON);
    input.number(e.start);
    input.code(SEMICOLON);
    input.number(e.end);
    input.code(SEMICOLON);
    addValue(e.sentence);
  }
  return input.digest();
}

/**
 * The one input every record's digest is gathered in: hashing is synchronous, so records never
 * share it; each starts by clearing what a record whose value could not be hashed left behind.
 */
const input = new DigestInput();

const [GT, EQUALS, SEMICOLON, COLON, OPEN, CLOSE] = ['>', '=', ';', ':', '[', ']'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number];

/** The keys of the record being hashed, reused so sorting them allocates nothing. */
const keys: string[] = [];

/** canonical({ ...props without `left`, id }) added to the input. */
function addCanonical(record: object, left: string | null, id: string): void {
  const props = record as Readonly<Record<string, unknown>>;
  keys.length = 0;
  for (const key in props) {
    // `id` is the record's own (the spread put it last); a spread copies own keys only.
    if (key === left || key === 'id' || !Object.hasOwn(props, key)) continue;
    const item = props[key];
    if (key !== HASH_PROPERTY && item !== undefined && item !== null) keys.push(key);
  }
  keys.push('id');
  sortKeys(keys);
  for (const key of keys) {
    input.raw(key);
    input.code(EQUALS);
    addValue(key === 'id' ? id : props[key]);
  }
}

/** value(v) added to the input, a string's text going to it as it is. */
function addValue(v: unknown): void {
  if (typeof v === 'string') {
    input.code(0x73); // s
    input.number(v.length);
    input.code(COLON);
    input.raw(v);
  } else if (Array.isArray(v)) {
    input.code(0x6c); // l
    input.number(v.length);
    input.code(OPEN);
    for (const item of v) addValue(item);
    input.code(CLOSE);
  } else input.raw(value(v));
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
