/** A window on a long list: `limit` items from `offset`. */
export interface Page {
  readonly offset: number;
  readonly limit: number;
}

/** The items of `list` inside the page. */
export function pageOf<T>(list: readonly T[], page: Page): T[] {
  return list.slice(page.offset, page.offset + page.limit);
}
