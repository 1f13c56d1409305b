import { describe, expect, it } from 'vitest';
import { JsonList, KEPT_POSITIONS } from '../../../src/query/country-json.js';
import type { Page } from '../../../src/query/page.js';

const items = Array.from({ length: KEPT_POSITIONS + 50 }, (_, i) => ({ id: `person:${i}`, name: `Ná–me ${i}`, country: i % 2 ? 'KR' : undefined }));
const bytesOf = (list: JsonList<(typeof items)[number]>, page: Page) => {
  const parts: Buffer[] = [];
  list.pageInto(parts, page);
  return Buffer.concat(parts);
};

describe('JsonList', () => {
  it.each([
    { offset: 0, limit: 10 },
    { offset: 0, limit: 0 },
    { offset: 3, limit: 1 },
    { offset: KEPT_POSITIONS - 5, limit: 10 },
    { offset: KEPT_POSITIONS + 40, limit: 100 },
    { offset: 1000, limit: 10 },
  ])('writes the page %o as the UTF-8 bytes of JSON.stringify of its items, within and beyond the kept positions', (page) => {
    const list = new JsonList(items, (item) => ({ ...item, shown: true }));
    for (let round = 0; round < 2; round++) {
      expect(bytesOf(list, page).equals(Buffer.from(JSON.stringify(items.slice(page.offset, page.offset + page.limit).map((item) => ({ ...item, shown: true })))))).toBe(true);
    }
  });
});
