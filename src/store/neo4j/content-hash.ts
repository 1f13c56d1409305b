import { hash as digestOf } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { murmurFinalise } from '../../domain/index.js';
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


/**
 * A digest of an edge's evidence as a set of rows, one per key (docId, start, end: what merging
 * unions by, the last copy of a key kept): the sum of each row's 64-bit SHA-1 prefix over its key
 * and its content, so any order gives it, and a load can tell from the stored digest, count and
 * docIds alone that the stored sentences are exactly the incoming ones from those documents,
 * without reading them back. Adding releases grows a hub's evidence (the ministry's BASED_IN Korea:
 * ~1.5 MB); this spares reading it, and, since the content is covered too, lets the load append the
 * new documents' sentences beside the stored ones instead of rewriting them (records.ts). The `r`
 * prefix sets these digests apart from the key-only ones of earlier versions, which never match.
 */
export function evidenceSetDigest(evidence: Iterable<EvidenceRow>): string {
  return evidenceSetDigests(evidence, () => true).all;
}

type EvidenceRow = { readonly docId: string; readonly start: number; readonly end: number; readonly date: string | null; readonly sentence: string; readonly sentenceStart: number };

/**
 * evidenceSetDigest of all the rows and of those `inPart` picks, in one pass: what a load compares
 * with the stored digest (the rows of the documents stored) and what it stores after appending
 * (all of them). Each row adds the two 32-bit halves of its SHA-1 prefix, each modulo 2^32.
 */
export function evidenceSetDigests(evidence: Iterable<EvidenceRow>, inPart: (row: EvidenceRow) => boolean): { part: string; all: string } {
  const rows = new Map<string, EvidenceRow>();
  for (const e of evidence) rows.set(`${e.docId}\u0000${e.start}\u0000${e.end}`, e);
  const sums = new PartAndAllSums();
  for (const [key, e] of rows) {
    // The one-shot hash: a Hash object per row was most of this loop, and a hub edge has thousands of rows.
    const digest = digestOf('sha1', `${key}\u0000${e.date ?? '\u0001'}\u0000${e.sentenceStart}\u0000${e.sentence}`, 'buffer');
    sums.add(digest.readUInt32BE(0), digest.readUInt32BE(4), inPart(e));
  }
  return sums.texts('r');
}

/**
 * An order-free set digest being summed twice at once, over every item and over a part of them: a
 * count and two 32-bit lanes, each added modulo 2^32, written `<prefix><count>:<lane a>.<lane b>`.
 * The evidence digests and the document-list digests are both this sum over different mixes.
 */
class PartAndAllSums {
  private partN = 0;
  private partA = 0;
  private partB = 0;
  private allN = 0;
  private allA = 0;
  private allB = 0;

  add(a: number, b: number, inPart: boolean): void {
    this.allN += 1;
    this.allA = (this.allA + a) >>> 0;
    this.allB = (this.allB + b) >>> 0;
    if (!inPart) return;
    this.partN += 1;
    this.partA = (this.partA + a) >>> 0;
    this.partB = (this.partB + b) >>> 0;
  }

  texts(prefix: string): { part: string; all: string } {
    return {
      part: `${prefix}${this.partN}:${this.partA.toString(36)}.${this.partB.toString(36)}`,
      all: `${prefix}${this.allN}:${this.allA.toString(36)}.${this.allB.toString(36)}`,
    };
  }
}

/**
 * A digest of a node's document list as a set: the count and the sum (two 32-bit lanes, each
 * modulo 2^32) of two independent mixes of each distinct id, so any order gives it. Stored beside
 * the list as `docSet` (records.ts), it lets a load that adds releases tell that a hub's stored list
 * is exactly the incoming ids of the documents stored before, without reading ~3,900 ids back, and
 * then insert only the new ones (load-graph.ts' mergeNodes).
 */
export function docSetDigest(docIds: Iterable<string>): string {
  return docSetDigests(docIds, () => false).all;
}

/**
 * docSetDigest of all the ids and of those `inPart` picks, in one pass: a load that appends to a
 * hub compares the part (the documents stored before) with the stored digest and stores the whole,
 * and mixing each of ~3,900 ids once rather than twice is most of what that costs.
 */
export function docSetDigests(docIds: Iterable<string>, inPart: (id: string) => boolean): { part: string; all: string } {
  const seen = new Set<string>();
  const sums = new PartAndAllSums();
  for (const id of docIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const [x, y] = idLanes(id);
    sums.add(x, y, inPart(id));
  }
  return sums.texts('d');
}

/** Two 32-bit mixes of an id (FNV-1a and a murmur-style multiply, each finalised). */
function idLanes(id: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9 ^ id.length;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [murmurFinalise(a), murmurFinalise(b)];
}
