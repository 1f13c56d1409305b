import { sortKeys, stableStringify } from '../../domain/index.js';
import type { ChunkWriter } from './snapshot-atomic-write.js';
import { Utf8Bytes } from '../utf8-bytes.js';

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** The punctuation of JSON, as character codes for `code`. */
export const [OPEN_LIST, CLOSE_LIST, OPEN_OBJECT, CLOSE_OBJECT, COMMA, COLON] = ['[', ']', '{', '}', ',', ':'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number];
/** Strings shorter than this are checked and copied in one pass (plainAscii). */
const LONG_PIECE = 32;
/** What JSON.stringify writes other than as itself: quote, backslash, control characters, and (lone) surrogates, which go the slow way. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * JSON Lines written piece by piece as UTF-8 into one reused chunk, handed to the file when a line
 * ends past `chunkBytes`: the chunk up to that line goes first, then the line moves to the front
 * (or goes on its own when it is longer than a chunk). Built as strings, each line was a chain of
 * concatenations that encoding flattened into one more copy before its bytes were written: at 100x
 * the lines, their parts and those copies were most of the snapshot write's 385 MB of garbage.
 *
 * Every piece is the text JSON.stringify (or stableStringify, for `value`) would write.
 */
export class JsonLineBytes extends Utf8Bytes {
  private lineStart = 0;
  /** Key lists reused by depth while `value` walks nested objects, so sorting keys makes no list. */
  private readonly keyLists: string[][] = [];
  private depth = 0;

  constructor(
    private readonly write: ChunkWriter,
    private readonly chunkBytes: number,
  ) {
    // Room for the line that runs past the chunk's end, so the chunk seldom grows.
    super(2 * chunkBytes);
  }

  /** Appends `text` as a JSON string: JSON.stringify(text)'s bytes, without that string unless something needs escaping. */
  string(text: string): void {
    this.room(text.length * 3 + 2);
    if (text.length < LONG_PIECE && this.plainAscii(text)) return;
    if (ESCAPED.test(text)) {
      this.raw(JSON.stringify(text));
      return;
    }
    this.bytes[this.used++] = QUOTE;
    this.used += this.bytes.write(text, this.used);
    this.bytes[this.used++] = QUOTE;
  }

  /** Appends a number as JSON.stringify writes it. */
  number(n: number): void {
    if (n >= 0 && n <= 0x7fffffff && Number.isInteger(n)) this.digits(n);
    else this.raw(Number.isFinite(n) ? String(n) : 'null');
  }

  /** Appends stableStringify(value): object keys sorted at every depth, undefined fields left out. */
  value(value: unknown): void {
    if (value === null) this.raw('null');
    else if (typeof value === 'string') this.string(value);
    else if (typeof value === 'number') this.number(value);
    else if (typeof value === 'boolean') this.raw(value ? 'true' : 'false');
    // undefined, a function, a symbol, a bigint: rare, and stableStringify says what each becomes.
    else if (typeof value !== 'object') this.raw(stableStringify(value));
    else if (Array.isArray(value)) this.array(value);
    else this.object(value as Readonly<Record<string, unknown>>);
  }

  /**
   * Ends the line. A promise only when the chunk went to the file (the caller awaits it before the
   * next line): awaiting every line cost a turn per line.
   */
  endLine(): Promise<void> | undefined {
    this.room(1);
    this.bytes[this.used++] = NEWLINE;
    if (this.used <= this.chunkBytes) {
      this.lineStart = this.used;
      return undefined;
    }
    return this.handOverFull();
  }

  /** Hands what is left to the file. */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    const filled = this.used;
    this.used = this.lineStart = 0;
    await this.write(this.bytes.subarray(0, filled));
  }

  private async handOverFull(): Promise<void> {
    if (this.lineStart > 0) {
      await this.write(this.bytes.subarray(0, this.lineStart));
      this.bytes.copyWithin(0, this.lineStart, this.used);
      this.used -= this.lineStart;
      this.lineStart = 0;
    }
    if (this.used > this.chunkBytes) await this.flush();
    this.lineStart = this.used;
  }

  private array(list: readonly unknown[]): void {
    this.code(OPEN_LIST);
    for (let i = 0; i < list.length; i++) {
      if (i > 0) this.code(COMMA);
      const item = list[i];
      if (item === undefined || typeof item === 'function') this.raw('null');
      else this.value(item);
    }
    this.code(CLOSE_LIST);
  }

  private object(record: Readonly<Record<string, unknown>>): void {
    const keys = (this.keyLists[this.depth] ??= []);
    keys.length = 0;
    // Own keys, as Object.keys lists them, without the list it makes.
    for (const key in record) if (Object.hasOwn(record, key)) keys.push(key);
    sortKeys(keys);
    this.depth++;
    this.code(OPEN_OBJECT);
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const item = record[key];
      if (item === undefined || typeof item === 'function') continue;
      if (!first) this.code(COMMA);
      first = false;
      this.string(key);
      this.code(COLON);
      this.value(item);
    }
    this.code(CLOSE_OBJECT);
    this.depth--;
  }

  /**
   * Copies `text` quoted if it is ASCII that JSON.stringify leaves as it is (keys, ids, dates: most
   * strings), checked as it is copied; otherwise says so, and what it copied lies past the end unused.
   */
  private plainAscii(text: string): boolean {
    const at = this.used + 1;
    this.bytes[this.used] = QUOTE;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x20 || code === QUOTE || code === BACKSLASH || code > 0x7f) return false;
      this.bytes[at + i] = code;
    }
    this.bytes[at + text.length] = QUOTE;
    this.used = at + text.length + 1;
    return true;
  }
}
