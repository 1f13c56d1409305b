import type { Page } from './page.js';

/**
 * How far into a list items' bytes are kept: every page the viewer and the bench ask lies within
 * it (default 10, at most offset 40 + 20 or a limit of 50 drawn), and a crawler paging through
 * every country's lists to the end (tens of thousands of items at 1000×) writes the rest anew
 * instead of keeping them all. At 1000× this bounds the kept bytes to a few hundred items per list.
 */
export const KEPT_POSITIONS = 200;

const COMMA = Buffer.from(',');
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');

/**
 * A list whose items' JSON is written once, as UTF-8 bytes, the first time a page shows each, and
 * kept: the items of a country's lists are the same objects for as long as the graph is, and
 * writing them anew was most of a country answer's CPU (JSON.stringify, then encoding the text).
 * Kept by position, so only what pages have shown takes memory, and only within KEPT_POSITIONS.
 */
export class JsonList<T> {
  private readonly kept: (Buffer | undefined)[];

  constructor(
    private readonly items: readonly T[],
    private readonly json: (item: T) => unknown = (item) => item,
  ) {
    // Slots made at once, filled with undefined: packed, not sparse, however the pages arrive.
    this.kept = new Array<Buffer | undefined>(Math.min(items.length, KEPT_POSITIONS)).fill(undefined);
  }

  /** Appends the page's items as a JSON array: the bytes of `JSON.stringify(pageOf(items, page).map(json))`. */
  pageInto(parts: Buffer[], page: Page): void {
    parts.push(OPEN);
    const end = Math.min(this.items.length, page.offset + page.limit);
    for (let i = page.offset; i < end; i++) {
      if (i > page.offset) parts.push(COMMA);
      parts.push(i < KEPT_POSITIONS ? (this.kept[i] ??= this.bytesOf(i)) : this.bytesOf(i));
    }
    parts.push(CLOSE);
  }

  private bytesOf(i: number): Buffer {
    return Buffer.from(JSON.stringify(this.json(this.items[i]!)));
  }
}
