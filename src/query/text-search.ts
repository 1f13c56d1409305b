import type { GraphStore, NodeRecord } from '../domain/index.js';
import { resolveCountry } from './country-code.js';
import { overlaps, type DateRange } from './date-range.js';
import { pageOf, type Page } from './page.js';
import { documentRef } from './presenters.js';
import { requireNode } from './require-node.js';
import { textIndexFor } from './text-search-index.js';
import { marksIn, snippetOf } from './text-search-snippet.js';
import type { TextSearchHit, TextSearchResult } from './types.js';

export interface TextSearchFilter extends DateRange {
  /** A country code or name: documents that mention that country. */
  readonly country?: string;
  /** A node id: documents that mention that entity. */
  readonly entity?: string;
}

export const DEFAULT_TEXT_SEARCH_PAGE: Page = { offset: 0, limit: 20 };

/** Matching tolerance: a title word counts double; a typo per 5 letters (at most 2); the last word may be a prefix. */
const SEARCH_OPTIONS = {
  boost: { title: 2 },
  fuzzy: 0.2,
  maxFuzzy: 2,
  prefix: (_term: string, index: number, terms: string[]) => index === terms.length - 1,
  combineWith: 'AND',
} as const;

/**
 * Documents whose title or text holds every word of `query` (case, accents and small typos
 * forgiven), ranked by BM25, each with its best passage and the matching words marked as offsets.
 */
export async function textSearch(store: GraphStore, query: string, filter: TextSearchFilter = {}, page: Page = DEFAULT_TEXT_SEARCH_PAGE): Promise<TextSearchResult> {
  const allowed = await documentsAllowed(store, filter);
  const index = await textIndexFor(store);
  const results = index.engine
    .search(query, {
      ...SEARCH_OPTIONS,
      filter: (result) => {
        const doc = index.documents[result.id as number]!;
        return (!allowed || allowed.has(doc.id)) && overlaps(doc.attributes.date, doc.attributes.date, filter);
      },
    })
    .map((result) => ({ doc: index.documents[result.id as number]!, score: round(result.score), match: result.match }))
    .sort((a, b) => b.score - a.score || (b.doc.attributes.date ?? '').localeCompare(a.doc.attributes.date ?? '') || (a.doc.id < b.doc.id ? -1 : 1));
  return {
    query,
    total: results.length,
    // The matched terms only for the page: a common word matches thousands of releases on a big graph.
    hits: pageOf(results, page).map(({ doc, score, match }) => hitOf(doc, score, Object.keys(match).sort())),
    page: { offset: page.offset, limit: page.limit },
  };
}

function hitOf(doc: NodeRecord, score: number, terms: readonly string[]): TextSearchHit {
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

/** The ids of the documents that mention both the country and the entity asked for; null when neither is. */
async function documentsAllowed(store: GraphStore, filter: TextSearchFilter): Promise<Set<string> | null> {
  const nodes = [
    ...(filter.country !== undefined ? [await resolveCountry(store, filter.country)] : []),
    ...(filter.entity !== undefined ? [await requireNode(store, filter.entity)] : []),
  ];
  if (nodes.length === 0) return null;
  const sets = await Promise.all(nodes.map((node) => mentioning(store, node)));
  return new Set([...sets[0]!].filter((id) => sets.every((set) => set.has(id))));
}

/** The documents that mention a node: its docIds and the sources of its MENTIONS edges, as entity detail lists them. */
async function mentioning(store: GraphStore, node: NodeRecord): Promise<Set<string>> {
  if (node.attributes.label === 'Document') return new Set([node.id]);
  const edges = await store.edgesOf(node.id, { types: ['MENTIONS'], direction: 'in' });
  return new Set([...(node.attributes.docIds ?? []), ...edges.map((edge) => edge.source)]);
}

/** Scores to 6 decimals, so the last bits of floating-point sums never reorder equal hits or differ in JSON. */
function round(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}
