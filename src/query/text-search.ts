import type { GraphStore } from '../domain/index.js';
import { resolveCountry } from './country-code.js';
import { overlaps, type DateRange } from './date-range.js';
import { pageOf, type Page } from './page.js';
import { documentRef } from './presenters.js';
import { requireNode } from './require-node.js';
import { textIndexFor, type TextIndex } from './text-search-index.js';
import { documentsMentioning } from './text-search-mentions.js';
import { queryWords, scoreDocuments, termsIn } from './text-search-scoring.js';
import { marksIn, snippetOf } from './text-search-snippet.js';
import type { TextSearchHit, TextSearchResult } from './types.js';

export interface TextSearchFilter extends DateRange {
  /** A country code or name: documents that mention that country. */
  readonly country?: string;
  /** A node id: documents that mention that entity. */
  readonly entity?: string;
}

export const DEFAULT_TEXT_SEARCH_PAGE: Page = { offset: 0, limit: 20 };

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
  const { docs, scores, expansions } = scoreDocuments(index, queryWords(query));
  const dated = filter.from !== undefined || filter.to !== undefined;
  const kept: Ranked[] = [];
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    if (allowed && !allowed[doc]) continue;
    if (dated && !overlaps(index.dates[doc] || undefined, index.dates[doc] || undefined, filter)) continue;
    kept.push({ doc, score: round(scores[i]!) });
  }
  const before = (a: Ranked, b: Ranked) => b.score - a.score || index.dates[b.doc]!.localeCompare(index.dates[a.doc]!) || (index.documents[a.doc]!.id < index.documents[b.doc]!.id ? -1 : 1);
  return {
    query,
    total: kept.length,
    hits: pageOf(topRanked(kept, page.offset + page.limit, before), page).map(({ doc, score }) => hitOf(index, doc, score, termsIn(index, doc, expansions))),
    page: { offset: page.offset, limit: page.limit },
  };
}

interface Ranked {
  readonly doc: number;
  readonly score: number;
}

/** The first `k` of `list` in `order`, without sorting all of it when k is small. */
function topRanked(list: Ranked[], k: number, order: (a: Ranked, b: Ranked) => number): Ranked[] {
  if (k > TOP_K_MAX || k >= list.length) return list.sort(order).slice(0, k);
  const top: Ranked[] = [];
  for (const item of list) {
    if (top.length === k && order(item, top[k - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && order(item, top[at - 1]!) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}

function hitOf(index: TextIndex, position: number, score: number, terms: readonly string[]): TextSearchHit {
  const doc = index.documents[position]!;
  const matched = new Set(terms);
  return {
    document: documentRef(doc),
    category: doc.attributes.category ?? null,
    score,
    terms,
    titleMarks: marksIn(doc.attributes.name, matched),
    snippet: snippetOf(doc.attributes.text ?? '', matched),
  };
}

/** Per document position: whether it mentions both the country and the entity asked for; null when neither is. */
async function documentsAllowed(store: GraphStore, index: TextIndex, filter: TextSearchFilter): Promise<Uint8Array | null> {
  const nodes = [
    ...(filter.country !== undefined ? [await resolveCountry(store, filter.country)] : []),
    ...(filter.entity !== undefined ? [await requireNode(store, filter.entity)] : []),
  ];
  if (nodes.length === 0) return null;
  const mentions = new Uint8Array(index.documents.length);
  for (const node of nodes) {
    for (const doc of Array.from(await documentsMentioning(store, index, node))) mentions[doc] = mentions[doc]! + 1;
  }
  return mentions.map((count) => (count === nodes.length ? 1 : 0));
}

/** Scores to 6 decimals, so the last bits of floating-point sums never reorder equal hits or differ in JSON. */
function round(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}
