import { hash } from 'node:crypto';

/** Pieces at least this long are encoded by Buffer#write; shorter ones byte by byte while they are ASCII. */
const LONG_PIECE = 32;

/**
 * The text of one content hash, gathered as UTF-8 bytes in a buffer reused from record to record,
 * then digested. The same bytes as hashing the joined string, without the string: joined, an
 * edge's text (every evidence sentence in it) was a chain of concatenations that hashing then
 * copied into one flat two-byte string, most of the garbage a snapshot write made (at 100x ~0.3 of
 * its 0.9 GB of allocation), and at 1000x that garbage is collected in a 1.5 GB heap. A long piece
 * (a sentence, a body) is encoded straight from the string it already is; short ASCII ones (keys,
 * counts, length prefixes) are copied a code unit at a time, which makes no string and no call
 * into C++.
 */
export class DigestInput {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private used = 0;

  /** Empties the text. */
  clear(): void {
    this.used = 0;
  }

  /** Appends `piece` to the text. */
  add(piece: string): void {
    this.room(piece.length * 3);
    if (piece.length < LONG_PIECE && this.addAscii(piece)) return;
    this.used += this.bytes.write(piece, this.used);
  }

  /** Appends one ASCII character, given as its code. */
  addCode(code: number): void {
    this.room(1);
    this.bytes[this.used++] = code;
  }

  /** Appends a number as `${n}` writes it. */
  addNumber(n: number): void {
    if (n >= 0 && n <= 0x7fffffff && Number.isInteger(n)) this.addDigits(n);
    else this.add(String(n));
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

  /** Copies `piece` if it is all ASCII; otherwise copies nothing and says so. */
  private addAscii(piece: string): boolean {
    for (let i = 0; i < piece.length; i++) if (piece.charCodeAt(i) > 0x7f) return false;
    for (let i = 0; i < piece.length; i++) this.bytes[this.used + i] = piece.charCodeAt(i);
    this.used += piece.length;
    return true;
  }

  private addDigits(n: number): void {
    this.room(10);
    let end = this.used;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) end++;
    this.used = end + 1;
    let rest = n;
    do {
      this.bytes[end--] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /** Makes room for `bytes` more bytes. */
  private room(bytes: number): void {
    const most = this.used + bytes;
    if (most <= this.bytes.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(most, this.bytes.length * 2));
    this.bytes.copy(bigger, 0, 0, this.used);
    this.bytes = bigger;
  }
}
