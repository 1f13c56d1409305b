import type { GraphStore } from '../../../src/domain/index.js';
import type { Page } from '../../../src/query/page.js';

/** Pages that reach the first item, a short middle, everything, and past the end. */
const PAGES: ReadonlyArray<Page | undefined> = [undefined, { offset: 0, limit: 1 }, { offset: 1, limit: 2 }, { offset: 0, limit: 500 }, { offset: 50, limit: 10 }];

/**
 * For every country and page, asked twice (the second time from the kept bytes): the country
 * whose bytes differ from `JSON.stringify` of the object answer, or undefined when none does.
 */
export async function firstCountryWhoseBytesDiffer<T>(
  store: GraphStore,
  bytes: (store: GraphStore, code: string, page?: Page) => Promise<Buffer>,
  object: (store: GraphStore, code: string, page?: Page) => Promise<T>,
): Promise<string | undefined> {
  for (let round = 0; round < 2; round++) {
    for (const country of await store.listNodes(['Country'])) {
      const code = country.id.slice('country:'.length);
      for (const page of PAGES) {
        if (!(await bytes(store, code, page)).equals(Buffer.from(JSON.stringify(await object(store, code, page))))) return `${code} ${JSON.stringify(page)}`;
      }
    }
  }
  return undefined;
}
