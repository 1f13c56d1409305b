import SearchableMap from 'minisearch/SearchableMap';
import { foldName, type NodeRecord, NODE_LABELS, type GraphStore } from '../domain/index.js';

/**
 * The name index of a store: one entry (a "form") per name or alias of every node, its words and
 * joined word pairs as terms. Postings are typed arrays and every per-query scratch array is
 * allocated once here, so a search on a big graph allocates next to nothing.
 */
export interface SearchIndex {
  /** Nodes in listNodes order; forms point at them by position. */
  readonly nodes: readonly NodeRecord[];
  /** Per form: its node's position, the name or alias as written, and folded. */
  readonly formNode: Int32Array;
  /** Per form: its node's label, as a position in NODE_LABELS. */
  readonly formLabel: Uint8Array;
  readonly formText: readonly string[];
  readonly formFolded: readonly string[];
  /** Term → term number, a radix tree that answers prefix and fuzzy look-ups (minisearch's). */
  readonly terms: SearchableMap<number>;
  /** Every term in the radix tree's own order, which atPrefix keeps for any prefix. */
  readonly termsInOrder: readonly (readonly [string, number])[];
  /** Terms under a short prefix (one or two letters reach thousands), found once, in tree order. */
  readonly shortPrefixes: Map<string, readonly (readonly [string, number])[]>;
  /** Per term number: the forms holding it, ascending, and how often each holds it. */
  readonly postingForms: readonly Int32Array[];
  readonly postingFreqs: readonly Int32Array[];
  /** Per form: how many distinct terms it has; and their running mean, as minisearch keeps it. */
  readonly fieldLength: Int32Array;
  readonly avgFieldLength: number;
  /** Reused by every search: scores of the current query, cleared after each use. */
  readonly scratch: {
    readonly total: Float64Array;
    readonly term: Float64Array;
    readonly matched: Int32Array;
    /** Per node: its best form (-1 when none yet) and that form's score. */
    readonly best: Int32Array;
    readonly bestScore: Float64Array;
  };
}

const indexes = new WeakMap<GraphStore, Promise<SearchIndex>>();

/** The search index of a store, built once from listNodes and reused until invalidated. */
export function searchIndexFor(store: GraphStore): Promise<SearchIndex> {
  let index = indexes.get(store);
  if (!index) {
    index = store.listNodes().then(buildSearchIndex);
    indexes.set(store, index);
    index.catch(() => indexes.delete(store));
  }
  return index;
}

/** Forgets a store's index; the next search rebuilds it (call after store.load). */
export function invalidateSearchIndex(store: GraphStore): void {
  indexes.delete(store);
}

/** Indexes every name and alias of `nodes`, in order. */
export function buildSearchIndex(nodes: readonly NodeRecord[]): SearchIndex {
  const formNode: number[] = [];
  const formLabel: number[] = [];
  const formText: string[] = [];
  const formFolded: string[] = [];
  const fieldLength: number[] = [];
  const terms = new SearchableMap<number>();
  const forms: number[][] = [];
  const freqs: number[][] = [];
  let avgFieldLength = 0;
  nodes.forEach((node, position) => {
    for (const text of [node.attributes.name, ...node.attributes.aliases]) {
      const folded = foldName(text);
      if (!folded) continue;
      const form = formNode.length;
      formNode.push(position);
      formLabel.push(NODE_LABELS.indexOf(node.attributes.label));
      formText.push(text);
      formFolded.push(folded);
      const tokens = withJoinedPairs(folded).split(' ');
      const distinct = new Set(tokens).size;
      fieldLength.push(distinct);
      // The same running mean as minisearch, so scores match it to the last bit.
      avgFieldLength = (avgFieldLength * form + distinct) / (form + 1);
      for (const token of tokens) {
        let id = terms.get(token);
        if (id === undefined) {
          id = forms.length;
          terms.set(token, id);
          forms.push([]);
          freqs.push([]);
        }
        const list = forms[id]!;
        if (list[list.length - 1] === form) freqs[id]![list.length - 1]! += 1;
        else {
          list.push(form);
          freqs[id]!.push(1);
        }
      }
    }
  });
  const count = formNode.length;
  return {
    nodes,
    formNode: Int32Array.from(formNode),
    formLabel: Uint8Array.from(formLabel),
    formText,
    formFolded,
    terms,
    termsInOrder: [...terms],
    shortPrefixes: new Map(),
    postingForms: forms.map((list) => Int32Array.from(list)),
    postingFreqs: freqs.map((list) => Int32Array.from(list)),
    fieldLength: Int32Array.from(fieldLength),
    avgFieldLength,
    scratch: { total: new Float64Array(count), term: new Float64Array(count), matched: new Int32Array(count), best: new Int32Array(nodes.length).fill(-1),
      bestScore: new Float64Array(nodes.length),
    },
  };
}

/** Prefixes this short are answered from termsInOrder: walking the tree under `s` costs 20 ms. */
const SHORT_PREFIX = 2;

/** The terms starting with `prefix`, in the order minisearch's atPrefix gives them. */
export function termsWithPrefix(index: SearchIndex, prefix: string): readonly (readonly [string, number])[] {
  if (prefix.length > SHORT_PREFIX) return [...index.terms.atPrefix(prefix)];
  let terms = index.shortPrefixes.get(prefix);
  if (!terms) index.shortPrefixes.set(prefix, (terms = index.termsInOrder.filter(([term]) => term.startsWith(prefix))));
  return terms;
}

/**
 * Adds each pair of neighbouring words written together, so `Yeo Hankoo` finds `Yeo Han-koo`
 * and `Jungkwan` finds `Jung-kwan`: `yeo han koo` → `yeo han koo yeohan hankoo`.
 */
export function withJoinedPairs(folded: string): string {
  const words = folded.split(' ');
  const pairs = words.slice(1).map((word, i) => words[i]! + word);
  return [...words, ...pairs].join(' ');
}
