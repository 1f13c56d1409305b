import SearchableMap from 'minisearch/SearchableMap';
import { foldName, type NodeRecord, NODE_LABELS, type GraphStore } from '../domain/index.js';
import { keptUntilLoad } from './derived.js';
import { LRUCache } from 'lru-cache';
import type { WordExpansion } from './search-expansions.js';
import { formTermsOf, PrefixSharing, termMaxima, type FormTerms } from './search-form-terms.js';
import { lengthStepsOf, termMaxFrequencies } from './search-length-bounds.js';
import { bm25, idfOf } from './search-bm25.js';
import { wordMaxima, type WordMaxima } from './search-word-maxima.js';
import { nodeRanks } from './search-node-rank.js';
import { SLICE_MS } from './event-loop-turn.js';
import { timeSlices } from './time-slices.js';
import { warmInSlices } from './warm-in-slices.js';

/**
 * The name index of a store: one entry (a "form") per name or alias of every node, its words and
 * joined word pairs as terms. Postings are typed arrays and every per-query scratch array is
 * allocated once here, so a search on a big graph allocates next to nothing.
 */
export interface SearchIndex {
  /** Nodes in listNodes order; forms point at them by position. */
  readonly nodes: readonly NodeRecord[];
  /** Per node position: its place in id order (search-node-rank), the tie-break of equal scores. */
  readonly nodeRank: Int32Array;
  /** Per form: its node's position, the name or alias as written, and folded. */
  readonly formNode: Int32Array;
  /** Forms are numbered entities first: this is the first release title's number (the count when none). */
  readonly firstDocumentForm: number;
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
  /**
   * Per term number, beside postingForms: each form's BM25+ score for the term, which depends only
   * on the index (idf, frequency, field length), so a query adds them up instead of computing them.
   */
  readonly postingScores: readonly Float64Array[];
  /**
   * Per term number: the terms within its own fuzzy distance (FUZZY_FRACTION of its length), as
   * the radix tree's fuzzyGet answers them, filled by warmFuzzyNeighbours. A query word that is a
   * term of the graph (nearly every word users type) then costs a look-up, not a walk of the tree
   * (0.23 ms a word at distance 2 on the 100× graph).
   */
  readonly fuzzyNeighbours: (FuzzyMatches | undefined)[];
  /**
   * Per term, filled beside fuzzyNeighbours: the most the term as a query word (exact and fuzzy, not
   * as a prefix) adds to one entity's form, and to one title (search-word-maxima); -1 until filled.
   */
  readonly wordMaxEntity: Float64Array;
  readonly wordMaxTitle: Float64Array;
  /** The same for a short query word read as a prefix (search-prefix-maxima), kept once first asked. */
  readonly prefixMaxima: Map<string, WordMaxima>;
  /**
   * The query words' expansions (search-expansions), by word, edit distance and whether read as a
   * prefix: a pure function of those and the index, so kept for the words asked most. Queries are
   * nearly all different but their words are not: on the 1000× bench's 12,000 queries, 93% of
   * the 69,000 words were asked before, and expanding a word (radix-tree walks for prefixes and
   * unwarmed typos) was a fifth of a search.
   */
  readonly expansions: LRUCache<string, WordExpansion>;
  /** Per form: how many distinct terms it has; and their running mean, as minisearch keeps it. */
  readonly fieldLength: Int32Array;
  readonly avgFieldLength: number;
  /** Per form: its terms and their scores (the postings inverted), to score a chosen form alone. */
  readonly formTerms: FormTerms;
  /**
   * Per term: its best score in any entity's form, and in any release title: what a query word
   * can add at most, which lets a search skip the forms that could not reach its top hits.
   */
  readonly termMaxEntity: Float64Array;
  readonly termMaxTitle: Float64Array;
  /** The most distinct terms of any entity's form, and of any title: how many expansions of one word a form can hold. */
  readonly maxFieldLengthEntity: number;
  readonly maxFieldLengthTitle: number;
  /** Per term: the most times one form holds it; per form: its step in LENGTH_STEPS (search-length-bounds), for bounds that fall with a form's length. */
  readonly termMaxFreq: Int32Array;
  readonly formLengthStep: Uint8Array;
  /** How many terms sharing a beginning one entity's form holds at most, and one title. */
  readonly prefixSharingEntity: PrefixSharing;
  readonly prefixSharingTitle: PrefixSharing;
  /** Reused by every search: scores of the current query, cleared after each use. */
  readonly scratch: {
    readonly total: Float64Array;
    readonly term: Float64Array;
    readonly matched: Int32Array;
    /** Per node: its best form (-1 when none yet) and that form's score. */
    readonly best: Int32Array;
    readonly bestScore: Float64Array;
    /** Per form: 1 once the current search has scored it (or found it cannot count). */
    readonly scored: Uint8Array;
    /** Per term: the first of the current query's uses of it (-1 when none). */
    readonly termUse: Int32Array;
    /**
     * Per term, one bit: set while the current query uses it (termUse is not -1). Scoring a form
     * reads all its terms, few of which the query uses: at 4 KB per 32,000 terms the bits stay in
     * the nearest cache, where termUse (32 bits a term) does not on the 1000× graph.
     */
    readonly termBits: Uint32Array;
    /**
     * Lists a search fills from the start and forgets (a length beside each): the forms it marked
     * scored, the forms one walk reached, the nodes given a best form. Each holds an entry at most
     * once, so the form and node counts bound them; on the 1000× graph a query reaches thousands
     * of forms, and growing arrays of them was a good part of its garbage.
     */
    readonly scoredForms: Int32Array;
    readonly reachedForms: Int32Array;
    readonly reachedNodes: Int32Array;
  };
}

/** How many query words' expansions an index keeps (SearchIndex.expansions). */
export const KEPT_EXPANSIONS = 8192;

/** What SearchableMap.fuzzyGet answers: term → [term number, edit distance]. Never changed once made. */
export type FuzzyMatches = ReadonlyMap<string, readonly [number, number]>;

/** A word is matched fuzzily within this fraction of its length (rounded, at most MAX_FUZZY edits), from 4 letters on. */
export const FUZZY_FRACTION = 0.2;
export const FUZZY_MIN_LENGTH = 4;
export const MAX_FUZZY = 6;

/** How many edits a word may be away from a term (0: none). */
export function fuzzyDistance(word: string): number {
  return word.length >= FUZZY_MIN_LENGTH ? Math.min(MAX_FUZZY, Math.round(word.length * FUZZY_FRACTION)) : 0;
}

/** The terms within `maxDistance` edits of `word`: the kept answer when `word` is a term and it was warmed, else the tree's. */
export function fuzzyMatchesOf(index: SearchIndex, word: string, maxDistance: number): FuzzyMatches {
  if (maxDistance === fuzzyDistance(word)) {
    const id = index.terms.get(word);
    const kept = id === undefined ? undefined : index.fuzzyNeighbours[id];
    if (kept) return kept;
  }
  return index.terms.fuzzyGet(word, maxDistance) as FuzzyMatches;
}

/**
 * Fills every term's fuzzy neighbours, calling `pause` after each `sliceMs` of work (to let
 * requests in: on the 1000× graph a term can take 10 ms under load, so a fixed count of terms
 * could hold the event loop for seconds) and stopping when it answers false. Once per load, from
 * QueryService.warm; `now` is injectable for tests.
 */
export async function warmFuzzyNeighbours(index: SearchIndex, pause: () => Promise<boolean>, sliceMs = 8, now: () => number = () => performance.now()): Promise<void> {
  const { termsInOrder, fuzzyNeighbours } = index;
  await warmInSlices(
    termsInOrder.length,
    (at) => {
      const [term, id] = termsInOrder[at]!;
      const distance = fuzzyDistance(term);
      if (distance > 0 && !fuzzyNeighbours[id]) {
        const neighbours = index.terms.fuzzyGet(term, distance) as FuzzyMatches;
        fuzzyNeighbours[id] = neighbours;
        const most = wordMaxima(index, id, neighbours);
        index.wordMaxEntity[id] = most.entity;
        index.wordMaxTitle[id] = most.title;
      }
    },
    pause,
    sliceMs,
    now,
  );
}

/** The search index of a store, built once from listNodes and reused until the next load (forgetDerived). */
export function searchIndexFor(store: GraphStore): Promise<SearchIndex> {
  return keptUntilLoad(store, 'search-index', () => store.listNodes().then((nodes) => buildSearchIndex(nodes)));
}

/**
 * Indexes every name and alias of `nodes`, in order, a slice of `sliceMs` at a time: on the 1000×
 * graph (145,000 nodes) building it at once held the event loop for seconds.
 */
export async function buildSearchIndex(nodes: readonly NodeRecord[], sliceMs = SLICE_MS): Promise<SearchIndex> {
  const pause = timeSlices(sliceMs);
  // Pass 1, in node order: every form's words, the term numbers in first-seen order (which gives
  // the radix tree its order) and the running mean of field lengths, as minisearch computes them.
  interface Form {
    readonly node: number;
    readonly label: number;
    readonly text: string;
    readonly folded: string;
    readonly tokens: readonly string[];
    readonly distinct: number;
  }
  const documentLabel = NODE_LABELS.indexOf('Document');
  const entityForms: Form[] = [];
  const documentForms: Form[] = [];
  // A plain map while building (the radix tree's look-ups cost 5× more), copied into the tree in
  // the same first-seen order, which gives the same tree.
  const termIds = new Map<string, number>();
  let avgFieldLength = 0;
  let seen = 0;
  for (let position = 0; position < nodes.length; position++) {
    await pause();
    const node = nodes[position]!;
    const label = NODE_LABELS.indexOf(node.attributes.label);
    for (const text of [node.attributes.name, ...node.attributes.aliases]) {
      const folded = foldName(text);
      if (!folded) continue;
      const tokens = withJoinedPairs(folded).split(' ');
      const distinct = new Set(tokens).size;
      // The same running mean as minisearch, so scores match it to the last bit.
      avgFieldLength = (avgFieldLength * seen + distinct) / (seen + 1);
      seen += 1;
      for (const token of tokens) if (!termIds.has(token)) termIds.set(token, termIds.size);
      (label === documentLabel ? documentForms : entityForms).push({ node: position, label, text, folded, tokens, distinct });
    }
  }
  // Pass 2: forms numbered entities first, releases last, so postings (ascending) hold a term's
  // entity forms before its releases' titles and an entity search stops before the titles.
  const formNode: number[] = [];
  const formLabel: number[] = [];
  const formText: string[] = [];
  const formFolded: string[] = [];
  const fieldLength: number[] = [];
  const forms: number[][] = Array.from({ length: termIds.size }, () => []);
  const prefixSharingEntity = new PrefixSharing();
  const prefixSharingTitle = new PrefixSharing();
  const freqs: number[][] = Array.from({ length: termIds.size }, () => []);
  for (const { node, label, text, folded, tokens, distinct } of [...entityForms, ...documentForms]) {
    await pause();
    const form = formNode.length;
    formNode.push(node);
    formLabel.push(label);
    formText.push(text);
    formFolded.push(folded);
    fieldLength.push(distinct);
    (label === documentLabel ? prefixSharingTitle : prefixSharingEntity).add([...new Set(tokens)]);
    for (const token of tokens) {
      const id = termIds.get(token)!;
      const list = forms[id]!;
      if (list[list.length - 1] === form) freqs[id]![list.length - 1]! += 1;
      else {
        list.push(form);
        freqs[id]!.push(1);
      }
    }
  }
  const terms = new SearchableMap<number>();
  for (const [term, id] of termIds) {
    await pause();
    terms.set(term, id);
  }
  const count = formNode.length;
  const fieldLengths = Int32Array.from(fieldLength);
  const postingForms: Int32Array[] = [];
  const postingFreqs: Int32Array[] = [];
  const postingScores: Float64Array[] = [];
  for (let id = 0; id < forms.length; id++) {
    await pause();
    postingForms.push(Int32Array.from(forms[id]!));
    postingFreqs.push(Int32Array.from(freqs[id]!));
    postingScores.push(bm25Scores(postingForms[id]!, postingFreqs[id]!, fieldLengths, avgFieldLength, count));
  }
  await pause();
  const formTerms = formTermsOf(postingForms, postingScores, fieldLengths);
  await pause();
  const maxima = termMaxima(postingForms, postingScores, entityForms.length);
  const termsInOrder: (readonly [string, number])[] = [];
  for (const entry of terms) {
    await pause();
    termsInOrder.push(entry);
  }
  await pause();
  const nodeRank = nodeRanks(nodes);
  return {
    nodes,
    nodeRank,
    formNode: Int32Array.from(formNode),
    formLabel: Uint8Array.from(formLabel),
    formText,
    formFolded,
    terms,
    termsInOrder,
    firstDocumentForm: entityForms.length,
    shortPrefixes: new Map(),
    fuzzyNeighbours: new Array<FuzzyMatches | undefined>(forms.length).fill(undefined),
    wordMaxEntity: new Float64Array(forms.length).fill(-1),
    wordMaxTitle: new Float64Array(forms.length).fill(-1),
    prefixMaxima: new Map(),
    expansions: new LRUCache<string, WordExpansion>({ max: KEPT_EXPANSIONS }),
    postingForms,
    postingFreqs,
    postingScores,
    fieldLength: fieldLengths,
    avgFieldLength,
    formTerms,
    termMaxEntity: maxima.below,
    termMaxTitle: maxima.above,
    maxFieldLengthEntity: fieldLengths.subarray(0, entityForms.length).reduce((a, b) => Math.max(a, b), 0),
    prefixSharingEntity,
    prefixSharingTitle,
    maxFieldLengthTitle: fieldLengths.subarray(entityForms.length).reduce((a, b) => Math.max(a, b), 0),
    termMaxFreq: termMaxFrequencies(postingFreqs),
    formLengthStep: lengthStepsOf(fieldLengths),
    scratch: {
      total: new Float64Array(count),
      term: new Float64Array(count),
      matched: new Int32Array(count),
      best: new Int32Array(nodes.length).fill(-1),
      bestScore: new Float64Array(nodes.length),
      scored: new Uint8Array(count),
      termUse: new Int32Array(forms.length).fill(-1),
      termBits: new Uint32Array(Math.ceil(forms.length / 32)),
      scoredForms: new Int32Array(count),
      reachedForms: new Int32Array(count),
      reachedNodes: new Int32Array(nodes.length),
    },
  };
}

/** A term's BM25+ score in each form holding it, exactly as minisearch computes it. */
function bm25Scores(forms: Int32Array, freqs: Int32Array, fieldLength: Int32Array, avgFieldLength: number, formCount: number): Float64Array {
  const idf = idfOf(formCount, forms.length);
  return Float64Array.from(forms, (form, j) => bm25(idf, freqs[j]!, fieldLength[form]!, avgFieldLength));
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
