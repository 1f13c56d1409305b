import { foldName } from '../domain/keys.js';
import type { NodeLabel } from '../domain/labels.js';
import { ENTITY_LABELS } from '../domain/labels.js';
import type { GraphStore } from '../domain/store.js';
import { searchIndexFor } from './search-index.js';
import type { SearchHit, SearchResult } from './types.js';

export interface SearchOptions {
  /** Labels to search; every entity label (not Document) when absent. */
  readonly labels?: readonly NodeLabel[];
  readonly limit: number;
}

/** A form equal to the whole query outranks any partial or fuzzy match. */
const EXACT_BOOST = 100;
/** Users mostly look for people and bodies; an event named after them should come second. */
const LABEL_WEIGHT: Readonly<Record<string, number>> = { Person: 1.5, Organization: 1.3, Country: 1.3, Agreement: 1.1, Event: 1, Document: 0.8 };

/**
 * Entities whose name or an alias matches `query`, best first: case, accents and dashes do not
 * matter, words may be run together, a small typo is forgiven and the last word may be a prefix.
 */
export async function search(store: GraphStore, query: string, options: SearchOptions): Promise<SearchResult> {
  const folded = foldName(query);
  if (!folded) return { query, hits: [] };
  const { mini, nodes } = await searchIndexFor(store);
  const labels = new Set<string>(options.labels ?? ENTITY_LABELS);
  // Pairs are joined in the index only: `hankoo` finds `han koo`; joining the query's words too
  // would double the fuzzy look-ups for names nobody writes as one word.
  const lastWord = folded.split(' ').length - 1;
  const results = mini.search(folded, {
    fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
    prefix: (_term, i) => i === lastWord,
    filter: (result) => labels.has(result.label as string),
  });
  const best = new Map<string, { score: number; form: string }>();
  for (const result of results) {
    const nodeId = result.nodeId as string;
    const score = result.score * (result.folded === folded ? EXACT_BOOST : 1) * (LABEL_WEIGHT[result.label as string] ?? 1);
    const seen = best.get(nodeId);
    if (!seen || score > seen.score) best.set(nodeId, { score, form: result.form as string });
  }
  const hits: SearchHit[] = [...best.entries()]
    .sort(([a, x], [b, y]) => y.score - x.score || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, options.limit)
    .map(([id, { score, form }]) => {
      const { attributes } = nodes.get(id)!;
      return {
        id,
        label: attributes.label,
        name: attributes.name,
        aliases: attributes.aliases,
        ...(attributes.kind !== undefined ? { kind: attributes.kind } : {}),
        ...(attributes.country !== undefined ? { country: attributes.country } : {}),
        score: Math.round(score * 1000) / 1000,
        matched: form,
      };
    });
  return { query, hits };
}
