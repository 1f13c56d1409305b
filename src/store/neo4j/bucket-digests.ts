import { fnv1a32, murmurFinalise } from '../../domain/index.js';
/**
 * Digests of buckets of records, so that a load can tell which few parts of a big stored graph
 * differ from what it was given without reading every stored record's hash.
 *
 * Every record (node or relationship) falls in one of BUCKETS buckets by a stable hash of its id;
 * a bucket's digest is the sum (two 32-bit lanes, each modulo 2^32) of a 64-bit mix of each
 * member's content hash. The content hash covers the id and every property (content-hash.ts), so
 * equal digests mean the same members with the same content (up to a 2^-64 accident), and a sum
 * can be updated record by record: subtract what a record was, add what it became. 2^16 buckets
 * hold about one record each at 100x the sample (71k records) and ten at 1000x; the digests take
 * 512 KiB, read and written in one statement each.
 */
export const BUCKET_BITS = 16;
export const BUCKETS = 1 << BUCKET_BITS;

/** Bytes of one bucket in a delta (BucketDigests.deltaFrom): its index (BUCKET_BITS fit in 16) and two lanes. */
const DELTA_ENTRY = 10;

/** The bucket of a record id: FNV-1a over its UTF-16 code units, top bits. Stored digests depend on it: never change it. */
export function bucketOf(id: string): number {
  return murmurFinalise(fnv1a32(id)) >>> (32 - BUCKET_BITS);
}

/**
 * What a record adds to its bucket's digest: two independent 32-bit mixes of its content hash, or
 * of its id when it has none (stored before hashes existed), so such a record is counted too and
 * never equals any record with a hash.
 */
function lanes(id: string, hash: string | null): [number, number] {
  const text = hash ?? `\u0000${id}`;
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [murmurFinalise(a), murmurFinalise(b ^ text.length)];
}


/** The digests of all buckets: lane a of bucket i at 2i, lane b at 2i + 1. */
export class BucketDigests {
  private constructor(private readonly lanes: Uint32Array) {}

  /** Every bucket empty: the digests of an empty database. */
  static empty(): BucketDigests {
    return new BucketDigests(new Uint32Array(2 * BUCKETS));
  }

  /** Digests as toBytes wrote them; null when the bytes are not digests of this many buckets. */
  static fromBytes(bytes: Uint8Array | Int8Array): BucketDigests | null {
    if (bytes.byteLength !== 8 * BUCKETS) return null;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const lanes = new Uint32Array(2 * BUCKETS);
    for (let i = 0; i < lanes.length; i++) lanes[i] = view.getUint32(4 * i, true);
    return new BucketDigests(lanes);
  }

  /** Little-endian whatever the machine, as Neo4j stores a byte array. */
  toBytes(): Int8Array {
    const bytes = new Int8Array(4 * this.lanes.length);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < this.lanes.length; i++) view.setUint32(4 * i, this.lanes[i]!, true);
    return bytes;
  }

  /**
   * The buckets where these digests differ from `base`, with their digests here: 10 bytes each
   * (bucket as uint16, then lanes a and b as uint32, little-endian), ascending by bucket. A load
   * that changes ~1% of a big graph writes this (~11 KB at 100x) beside the stored base instead
   * of all 512 KiB (load-digests.ts); withDelta applies it.
   */
  deltaFrom(base: BucketDigests): Int8Array {
    const differ = [...this.differingBuckets(base)];
    const bytes = new Int8Array(DELTA_ENTRY * differ.length);
    const view = new DataView(bytes.buffer);
    differ.forEach((bucket, i) => {
      view.setUint16(DELTA_ENTRY * i, bucket, true);
      view.setUint32(DELTA_ENTRY * i + 2, this.lanes[2 * bucket]!, true);
      view.setUint32(DELTA_ENTRY * i + 6, this.lanes[2 * bucket + 1]!, true);
    });
    return bytes;
  }

  /** These digests with a delta (deltaFrom) applied; null when the bytes are not a delta. */
  withDelta(delta: Uint8Array | Int8Array): BucketDigests | null {
    if (delta.byteLength % DELTA_ENTRY !== 0) return null;
    const lanes = this.lanes.slice();
    const view = new DataView(delta.buffer, delta.byteOffset, delta.byteLength);
    for (let at = 0; at < delta.byteLength; at += DELTA_ENTRY) {
      const bucket = view.getUint16(at, true);
      lanes[2 * bucket] = view.getUint32(at + 2, true);
      lanes[2 * bucket + 1] = view.getUint32(at + 6, true);
    }
    return new BucketDigests(lanes);
  }

  copy(): BucketDigests {
    return new BucketDigests(this.lanes.slice());
  }

  /** Counts a record with this content hash (null: none stored) in its bucket. */
  add(id: string, hash: string | null, bucket = bucketOf(id)): void {
    this.shift(bucket, id, hash, 1);
  }

  /** Takes a record counted with this hash back out of its bucket. */
  remove(id: string, hash: string | null): void {
    this.shift(bucketOf(id), id, hash, -1);
  }

  /** The buckets whose digests differ from other's, ascending. */
  differingBuckets(other: BucketDigests): Set<number> {
    const differ = new Set<number>();
    for (let i = 0; i < BUCKETS; i++) {
      if (this.lanes[2 * i] !== other.lanes[2 * i] || this.lanes[2 * i + 1] !== other.lanes[2 * i + 1]) differ.add(i);
    }
    return differ;
  }

  private shift(bucket: number, id: string, hash: string | null, sign: 1 | -1): void {
    const [a, b] = lanes(id, hash);
    this.lanes[2 * bucket] = (this.lanes[2 * bucket]! + sign * a) >>> 0;
    this.lanes[2 * bucket + 1] = (this.lanes[2 * bucket + 1]! + sign * b) >>> 0;
  }
}
