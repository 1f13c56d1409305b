import { hash } from 'node:crypto';
import { Utf8Bytes } from './utf8-bytes.js';

/**
 * The text of one content hash, gathered as UTF-8 bytes in a buffer reused from record to record,
 * then digested. The same bytes as hashing the joined string, without the string: joined, an
 * edge's text (every evidence sentence in it) was a chain of concatenations that hashing then
 * copied into one flat two-byte string, most of the garbage a snapshot write made (at 100x ~0.3 of
 * its 0.9 GB of allocation), and at 1000x that garbage is collected in a 1.5 GB heap.
 */
export class DigestInput extends Utf8Bytes {
  constructor() {
    super(1 << 16);
  }

  /** Empties the text. */
  clear(): void {
    this.used = 0;
  }

  /** Appends a number as `${n}` writes it. */
  number(n: number): void {
    if (n >= 0 && n <= 0x7fffffff && Number.isInteger(n)) this.digits(n);
    else this.raw(String(n));
  }

  /**
   * The first 128 bits of SHA-1 of the text in base64url (22 characters): a fingerprint against
   * accidents, not an adversary, and about three times cheaper than SHA-256. One-shot `hash` rather
   * than a Hash object per record: at 1000x the snapshot write digests 750k records, and a Hash
   * object each (a native handle the collector must finalise) cost three times the one-shot call.
   */
  digest(): string {
    return hash('sha1', this.bytes.subarray(0, this.used), 'base64url').slice(0, 22);
  }
}
