import type { GraphStore, NodeRecord } from '../domain/index.js';
import { derived } from './derived.js';

/**
 * Every document's place in the order an entity's documents are listed in (by date, undated
 * first, then id), and the documents in that order: a page of a hub's documents is then its
 * ranks sorted as numbers, not its records read and sorted by date (a country names most of
 * the ≈ 60k releases of the 1000× graph).
 */
export interface DocumentOrder {
  readonly rankOf: ReadonlyMap<string, number>;
  readonly byRank: readonly NodeRecord[];
}

/**
 * The order `(a.date ?? '').localeCompare(b.date ?? '') || id`, as entity detail sorts: the
 * distinct dates are compared with localeCompare once (a few thousand), the documents then by
 * the dates' ranks and their ids. Dates localeCompare calls equal share a rank.
 */
export function documentOrderOf(documents: readonly NodeRecord[]): DocumentOrder {
  const dates = [...new Set(documents.map((doc) => doc.attributes.date ?? ''))].sort((a, b) => a.localeCompare(b));
  const dateRank = new Map<string, number>();
  dates.forEach((date, at) => dateRank.set(date, at > 0 && dates[at - 1]!.localeCompare(date) === 0 ? dateRank.get(dates[at - 1]!)! : at));
  const rankOfDate = (doc: NodeRecord) => dateRank.get(doc.attributes.date ?? '')!;
  const byRank = [...documents].sort((a, b) => rankOfDate(a) - rankOfDate(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rankOf: new Map(byRank.map((doc, rank) => [doc.id, rank])), byRank };
}

/** The embedded store's document order, built once per load (on Neo4j, which is asked afresh, callers sort what they read). */
export function documentOrder(store: GraphStore): Promise<DocumentOrder> {
  return derived(store, 'document-order', async () => documentOrderOf(await store.listNodes(['Document'])));
}
