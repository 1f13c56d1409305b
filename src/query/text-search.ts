import { type DateRange, type GraphStore, lowerBound } from '../domain/index.js';
import { resolveCountry } from './country-code.js';
import { pageOf, type Page } from './page.js';
import { documentRef } from './presenters.js';
import { requireNode } from './require-node.js';
import { textIndexFor, type TextIndex } from './text-search-index.js';
import { documentsMentioning } from './text-search-mentions.js';
import { queryWords, scoreDocuments, termsIn, type Admitted } from './text-search-scoring.js';
import { DEFAULT_SNIPPET, marksIn, snippetOf } from './text-search-snippet.js';
import type { TextSearchHit, TextSearchResult } from './types.js';

export interface TextSearchFilter extends DateRange {
  /** A country code or name: documents that mention that country. */
  readonly country?: string;
  /** A node id: documents that mention that entity. */
  readonly entity?: string;
}

export const DEFAULT_TEXT_SEARCH_PAGE: Page = { offset: 0, limit: 10 };

/** Pages reaching this far are chosen by a bounded insertion; deeper ones sort every hit. */
const TOP_K_MAX = 200;

/**
 * Documents whose title or text holds every word of `query` (case, accents and small typos
 * forgiven; the last word may be a prefix), ranked by BM25 (ties: newer first, then id), each with
 * its best passage and the matching words marked as offsets. Only the page's hits are ordered
 * among themselves and marked: a common word matches every release of a big graph.
 */
export async function textSearch(store: GraphStore, query: string, filter: TextSearchFilter = {}, page: Page = DEFAULT_TEXT_SEARCH_PAGE): Promise<TextSearchResult> {
  const index = await textIndexFor(store);
  const allowed = await documentsAllowed(store, index, filter);
  const { docs, scores, expansions } = scoreDocuments(index, queryWords(query), withinDates(index, filter, allowed));
  const order = (a: Ranked, b: Ranked) => b.score - a.score || index.dates[b.doc]!.localeCompare(index.dates[a.doc]!) || (index.documents[a.doc]!.id < index.documents[b.doc]!.id ? -1 : 1);
  const ranking = rankingOf(page.offset + page.limit, order);
  for (let i = 0; i < docs.length; i++) {
    ranking.offer(docs[i]!, round(scores[i]!));
  }
  return {
    query,
    total: ranking.count(),
    hits: pageOf(ranking.first(), page).map(({ doc, score }) => hitOf(index, doc, score, termsIn(index, doc, expansions))),
    page: { offset: page.offset, limit: page.limit },
  };
}

interface Ranked {
  readonly doc: number;
  readonly score: number;
}

/**
 * The first `k` hits offered, in `order`, and how many were offered. A small k keeps only the
 * best k as they come (a hit below the k-th costs a comparison, not an object: a common word
 * offers every release of a big graph); a deep page keeps all and sorts them.
 */
function rankingOf(k: number, order: (a: Ranked, b: Ranked) => number): { offer(doc: number, score: number): void; count(): number; first(): Ranked[] } {
  const kept: Ranked[] = [];
  let offered = 0;
  const bounded = k > 0 && k <= TOP_K_MAX;
  return {
    offer(doc, score) {
      offered += 1;
      if (!bounded) {
        kept.push({ doc, score });
        return;
      }
      if (kept.length === k) {
        const last = kept[k - 1]!;
        // Cheap rejection by score alone; a tie goes to the full order.
        if (score < last.score || (score === last.score && order({ doc, score }, last) >= 0)) return;
      }
      const item = { doc, score };
      let at = kept.length;
      while (at > 0 && order(item, kept[at - 1]!) < 0) at--;
      kept.splice(at, 0, item);
      if (kept.length > k) kept.pop();
    },
    count: () => offered,
    first: () => (bounded ? kept : kept.sort(order).slice(0, k)),
  };
}

function hitOf(index: TextIndex, position: number, score: number, terms: readonly string[]): TextSearchHit {
  const doc = index.documents[position]!;
  const matched = new Set(terms);
  return {
    document: documentRef(doc),
    category: doc.attributes.category ?? null,
    score,
    terms,
    titleMarks: marksIn(doc.attributes.name, matched, index.nonAsciiTerms[position]),
    snippet: snippetOf(doc.attributes.text ?? '', matched, DEFAULT_SNIPPET, index.nonAsciiTerms[position]),
  };
}

/** The documents that mention both the country and the entity asked for; null when neither is. */
async function documentsAllowed(store: GraphStore, index: TextIndex, filter: TextSearchFilter): Promise<Admitted | null> {
  const nodes = [
    ...(filter.country !== undefined ? [await resolveCountry(store, filter.country)] : []),
    ...(filter.entity !== undefined ? [await requireNode(store, filter.entity)] : []),
  ];
  if (nodes.length === 0) return null;
  // Marked from the nodes' own document lists, never a pass over every release: on the 1000× graph
  // (39,000 releases) that pass cost more than scoring a filtered query. mask[doc] = how many of the
  // nodes so far mention doc (each list holds a document once), then 1 for those all mention.
  const lists: ArrayLike<number>[] = [];
  for (const node of nodes) lists.push(await documentsMentioning(store, index, node));
  const mask = new Uint8Array(index.documents.length);
  const first = lists[0]!;
  for (let j = 0; j < first.length; j++) mask[first[j]!] = 1;
  for (let k = 1; k < lists.length; k++) {
    const list = lists[k]!;
    for (let j = 0; j < list.length; j++) if (mask[list[j]!] === k) mask[list[j]!] = k + 1;
  }
  if (lists.length === 1) return { mask, docs: first };
  const docs: number[] = [];
  for (let j = 0; j < first.length; j++) {
    const both = mask[first[j]!] === lists.length;
    mask[first[j]!] = both ? 1 : 0;
    if (both) docs.push(first[j]!);
  }
  return { mask, docs };
}

/**
 * The documents both filters admit, as a mask and a list (null when neither filters): those `allowed` (all
 * when null) released within the filter's dates, found as a slice of the date order instead of a
 * date comparison per document. An undated document is outside any date range.
 */
function withinDates(index: TextIndex, filter: DateRange, allowed: Admitted | null): Admitted | null {
  if (!filter.from && !filter.to) return allowed;
  const { byDate, sortedDates } = index;
  let at = filter.from ? lowerBound(sortedDates, filter.from) : 0;
  const mask = new Uint8Array(index.documents.length);
  const docs: number[] = [];
  for (; at < byDate.length && (!filter.to || sortedDates[at]! <= filter.to); at++) {
    const doc = byDate[at]!;
    if (!allowed || allowed.mask[doc]) {
      mask[doc] = 1;
      docs.push(doc);
    }
  }
  return { mask, docs };
}

/** Scores to 6 decimals, so the last bits of floating-point sums never reorder equal hits or differ in JSON. */
function round(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}
