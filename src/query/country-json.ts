import type { Page } from './page.js';

const COMMA = Buffer.from(',');
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');

/**
 * A list whose items' JSON is written once, as UTF-8 bytes, the first time a page shows each, and
 * kept: the items of a country's lists are the same objects for as long as the graph is, and
 * writing them anew was most of a country answer's CPU (JSON.stringify, then encoding the text).
 * Kept by position, so only what pages have shown takes memory.
 */
export class JsonList<T> {
  private readonly kept: (Buffer | undefined)[];

  constructor(
    private readonly items: readonly T[],
    private readonly json: (item: T) => unknown = (item) => item,
  ) {
    // Slots made at once, filled with undefined: packed, not sparse, however the pages arrive.
    this.kept = new Array<Buffer | undefined>(items.length).fill(undefined);
  }

  /** Appends the page's items as a JSON array: the bytes of `JSON.stringify(pageOf(items, page).map(json))`. */
  pageInto(parts: Buffer[], page: Page): void {
    parts.push(OPEN);
    const end = Math.min(this.items.length, page.offset + page.limit);
    for (let i = page.offset; i < end; i++) {
      if (i > page.offset) parts.push(COMMA);
      parts.push((this.kept[i] ??= Buffer.from(JSON.stringify(this.json(this.items[i]!)))));
    }
    parts.push(CLOSE);
  }
}
