import type { GraphStore } from '../domain/index.js';
import { documentOrder } from './document-order.js';
import { nodesToShow } from './nodes-to-show.js';
import { pageOf, type Page } from './page.js';
import { documentRef, sortById } from './presenters.js';
import type { DocumentRef } from './types.js';

/** One page of the documents among `ids` (repeats and non-documents left out), by date then id, and how many there are. */
export interface DocumentsPage {
  readonly documents: DocumentRef[];
  readonly total: number;
}

/**
 * The documents naming an entity, one page of them by date then id. On the embedded store the
 * ids' ranks in the document order are sorted as numbers and only the page's records are read;
 * Neo4j reads them all as drawn (no text) and sorts them, as the answer did before it was paged.
 */
export async function documentsPage(store: GraphStore, ids: readonly string[], page: Page): Promise<DocumentsPage> {
  if (store.backend !== 'embedded') {
    const all = sortById((await nodesToShow(store, ids)).filter((doc) => doc.attributes.label === 'Document').map(documentRef)).sort(
      (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.id < b.id ? -1 : 1),
    );
    return { documents: pageOf(all, page), total: all.length };
  }
  const { rankOf, byRank } = await documentOrder(store);
  const ranks = new Int32Array(ids.length);
  let known = 0;
  for (const id of ids) {
    const rank = rankOf.get(id);
    if (rank !== undefined) ranks[known++] = rank;
  }
  const sorted = ranks.subarray(0, known).sort();
  const documents: DocumentRef[] = [];
  let total = 0;
  for (let at = 0; at < known; at++) {
    if (at > 0 && sorted[at] === sorted[at - 1]) continue;
    if (total >= page.offset && total < page.offset + page.limit) documents.push(documentRef(byRank[sorted[at]!]!));
    total += 1;
  }
  return { documents, total };
}
