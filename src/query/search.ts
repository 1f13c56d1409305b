import { foldName, type NodeLabel, ENTITY_LABELS, NODE_LABELS, type GraphStore } from '../domain/index.js';
import { FUZZY_FRACTION, FUZZY_MIN_LENGTH, searchIndexFor, type SearchIndex } from './search-index.js';
import type { FormRange } from './search-scoring.js';
import { exhaustiveTopNodes } from './search-exhaustive.js';
import { topNodes, type TopQuery } from './search-top.js';
import type { SearchHit, SearchResult } from './types.js';

export interface SearchOptions {
  /** Labels to search; every entity label (not Document) when absent. */
  readonly labels?: readonly NodeLabel[];
  readonly limit: number;
}

/** Queries of at least this many distinct words are ranked by topNodes' pruning, shorter ones by scoring every form. */
const PRUNED_FROM_WORDS = 3;
/**
 * A query word whose postings hold more than this share of the searched forms is common
 * (TopQuery.commonShare): on the 1000× graph `korea`, `and`, `cooperation`, `sign` of the event
 * names that are two thirds of the bench's search time. Chosen by search-quality over the
 * bench's URLs: at 0.3% no query's source entity ranked lower at ×100 or ×1000.
 */
const COMMON_SHARE = 0.003;
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
  const index = await searchIndexFor(store);
  // Pairs are joined in the index only: `hankoo` finds `han koo`; joining the query's words too
  // would double the fuzzy look-ups for names nobody writes as one word.
  const words = folded.split(' ');
  const lastWord = words.length - 1;
  const labels = options.labels ?? ENTITY_LABELS;
  const topQuery: TopQuery = {
    words,
    folded,
    exactBoost: EXACT_BOOST,
    termOptions: { fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? FUZZY_FRACTION : false), prefix: (_term, i) => i === lastWord },
    range: formRange(index, labels),
    labelWeights: labelWeights(labels),
    limit: options.limit,
    commonShare: COMMON_SHARE,
  };
  // Pruning pays when rare words let it leave common ones unwalked; with one or two words it
  // walks nearly what scoring every form does and scores each form on its own.
  const top = new Set(words).size >= PRUNED_FROM_WORDS ? topNodes(index, topQuery) : exhaustiveTopNodes(index, topQuery);
  const hits: SearchHit[] = top.map(({ node, form, score }) => {
    const { id, attributes } = index.nodes[node]!;
    return {
      id,
      label: attributes.label,
      name: attributes.name,
      aliases: attributes.aliases,
      ...(attributes.kind !== undefined ? { kind: attributes.kind } : {}),
      ...(attributes.country !== undefined ? { country: attributes.country } : {}),
      score: Math.round(score * 1000) / 1000,
      matched: index.formText[form]!,
    };
  });
  return { query, hits };
}

/** The forms worth scoring for `labels`: entities' (numbered first), releases' titles (last), or both. */
function formRange(index: SearchIndex, labels: readonly NodeLabel[]): FormRange {
  const documents = labels.includes('Document');
  const entities = labels.some((label) => label !== 'Document');
  return { from: entities ? 0 : index.firstDocumentForm, to: documents ? index.formNode.length : index.firstDocumentForm };
}

/** Per NODE_LABELS position: the label's weight when asked for, else 0. */
function labelWeights(labels: readonly NodeLabel[]): Float64Array {
  const asked = new Set<string>(labels);
  return Float64Array.from(NODE_LABELS, (label) => (asked.has(label) ? (LABEL_WEIGHT[label] ?? 1) : 0));
}
