/** Pieces at least this long are encoded by Buffer#write; shorter ones a code unit at a time while they are ASCII. */
const LONG_PIECE = 32;

/**
 * Text gathered as UTF-8 bytes in one buffer that grows only when a piece runs past its end: what a
 * content hash's input (DigestInput) and a snapshot's lines (JsonLineBytes) share, both written
 * piece by piece so the string they make is never built. A long piece (a sentence, a body) is
 * encoded straight from the string it already is; short ASCII ones (keys, ids, counts) are copied
 * a code unit at a time, which makes no string and no call into C++.
 */
export class Utf8Bytes {
  protected bytes: Buffer;
  protected used = 0;

  constructor(size: number) {
    this.bytes = Buffer.allocUnsafe(size);
  }

  /** Appends `text` as it is. */
  raw(text: string): void {
    this.room(text.length * 3);
    if (text.length < LONG_PIECE && this.ascii(text)) return;
    this.used += this.bytes.write(text, this.used);
  }

  /** Appends one ASCII character, given as its code. */
  code(code: number): void {
    this.room(1);
    this.bytes[this.used++] = code;
  }

  /** Copies `text` if it is all ASCII; otherwise says so, and what it copied lies past the end unused. Room is made by the caller. */
  protected ascii(text: string): boolean {
    const at = this.used;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code > 0x7f) return false;
      this.bytes[at + i] = code;
    }
    this.used += text.length;
    return true;
  }

  /** Appends a non-negative integer's decimal digits. */
  protected digits(n: number): void {
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

  /** Makes room for `more` bytes. */
  protected room(more: number): void {
    const most = this.used + more;
    if (most <= this.bytes.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(most, this.bytes.length * 2));
    this.bytes.copy(bigger, 0, 0, this.used);
    this.bytes = bigger;
  }
}
