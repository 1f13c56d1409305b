import SearchableMap from 'minisearch/SearchableMap';
import { foldName, type GraphStore, type NodeRecord } from '../domain/index.js';
import { keptUntilLoad } from './derived.js';
import { idfOf, lengthNorm } from './search-bm25.js';
import { SLICE_MS } from './event-loop-turn.js';
import { timeSlices } from './time-slices.js';
import type { TextNeighbours } from './text-search-fuzzy.js';
import { emptyDeletionTable, type DeletionTable } from './text-search-deletions.js';

/** A word as the text index sees it: letters and digits, with any combining marks they carry. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of `text`, as written. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A word of plain ASCII letters and digits, which folding only lowers. */
const PLAIN = /^[A-Za-z0-9]+$/;

/**
 * A word folded as every index term is: accents removed, lower case (`Šefčovič` → `sefcovic`).
 * Plain words (nearly all of an English release) skip the Unicode normalisations, which made
 * marking a page of hits (every word of 20 releases) most of a full-text answer's cost.
 */
export function foldWord(word: string): string {
  return PLAIN.test(word) ? word.toLowerCase() : foldName(word).replace(/ /g, '');
}

const NO_TERMS: readonly string[] = Object.freeze([]);

/** The indexed fields of a document, in the order their scores add up, and their weights. */
export const TEXT_FIELDS = ['title', 'text'] as const;
export const FIELD_BOOST: Readonly<Record<(typeof TEXT_FIELDS)[number], number>> = { title: 2, text: 1 };

/** The postings of one term in one field: the documents holding it, ascending, and how often each does. */
export interface FieldPostings {
  readonly docs: Int32Array;
  readonly freqs: Int32Array;
  /** The term's inverse document frequency in this field (BM25+, as minisearch computes it). */
  readonly idf: number;
}

/**
 * The full-text index of a store's documents: BM25+ over titles and bodies, in listNodes order,
 * with the same terms, field lengths and scores as minisearch's index of them (the engine it
 * replaced, kept as the tests' reference), but as typed postings per term and field and with
 * scratch arrays reused by every query, so a word held by every release costs a loop over two
 * arrays instead of one result object per release.
 */
export interface TextIndex {
  readonly documents: readonly NodeRecord[];
  /** A document's position by id. */
  readonly position: ReadonlyMap<string, number>;
  /** Per document: its date ('' when undated), for the date filter and the order of equal scores. */
  readonly dates: readonly string[];
  /** The dated documents' positions in date order, and their dates in that order: a date range is a slice of them. */
  readonly byDate: Int32Array;
  readonly sortedDates: readonly string[];
  /** Term → term number; a radix tree for prefix and fuzzy look-ups, built in minisearch's insertion order. */
  readonly terms: SearchableMap<number>;
  /** Per term number: the term. */
  readonly termText: readonly string[];
  /** Per term number: the terms within its own fuzzy distance, filled by warmTextNeighbours (text-search-fuzzy). */
  readonly fuzzyNeighbours: (TextNeighbours | undefined)[];
  /** The terms' deletions, for the neighbours of a word that is no term (text-search-deletions), filled after fuzzyNeighbours. */
  readonly deletions: DeletionTable;
  /** Per term number, per field (TEXT_FIELDS order): its postings, or undefined when the field never holds it. */
  readonly postings: readonly (readonly (FieldPostings | undefined)[])[];
  /** Per field, per document: BM25's length norm k·(1 − b + b·length/average). */
  readonly norms: readonly Float64Array[];
  /**
   * Per document: the terms its words holding a character outside ASCII fold to (`Šefčovič` →
   * `sefcovic`), in title or text; most English releases have none (one shared empty list). Marking a
   * hit reads its text for such words only when one of them is a matched term: that scan of every
   * character was a third of a full-text answer's cost.
   */
  readonly nonAsciiTerms: readonly (readonly string[])[];
  /** Reused by every search (synchronous, so never shared by two at once): per document, zero between searches. */
  readonly scratch: {
    readonly word: Float64Array;
    /** Per document: 0, or while a search runs, 1 + its place among the documents every word so far reached. */
    readonly slot: Int32Array;
  };
}

/**
 * The text index of a store, built lazily from its Document nodes on first use and kept until
 * the next load (both backends: Neo4j's documents are read once, so both answer from the same index).
 */
export function textIndexFor(store: GraphStore): Promise<TextIndex> {
  return keptUntilLoad(store, 'text-index', () => store.listNodes(['Document']).then((docs) => buildTextIndex(docs)));
}

/**
 * Indexes the title and text of every document, each by its position in `documents`, a slice at a
 * time (`sliceMs` of work, then a turn of the event loop): the 1000× graph's 39,000 releases take
 * seconds, which would hold every request behind them.
 */
export async function buildTextIndex(documents: readonly NodeRecord[], sliceMs = SLICE_MS): Promise<TextIndex> {
  const termIds = new Map<string, number>();
  /** Per word as written: its term and term number (-1 when it folds to nothing), whether it is plain ASCII, and the last field visit that counted it. */
  const tokens = new Map<string, { readonly id: number; readonly term: string; readonly plain: boolean; visit: number }>();
  const nonAsciiTerms: (readonly string[])[] = [];
  let visits = 0;
  const docLists: number[][][] = TEXT_FIELDS.map(() => []);
  const freqLists: number[][][] = TEXT_FIELDS.map(() => []);
  const lengths = TEXT_FIELDS.map(() => new Int32Array(documents.length));
  const averages = TEXT_FIELDS.map(() => 0);
  const pause = timeSlices(sliceMs);
  for (let doc = 0; doc < documents.length; doc++) {
    await pause();
    const name = documents[doc]!.attributes.name;
    const text = documents[doc]!.attributes.text ?? '';
    let nonAscii: Set<string> | null = null;
    for (let field = 0; field < TEXT_FIELDS.length; field++) {
      const visit = ++visits;
      let length = 0;
      for (const token of wordsOf(field === 0 ? name : text)) {
        // Each word as written is folded once for the whole corpus (most recur thousands of times).
        let known = tokens.get(token);
        if (!known) {
          const term = foldWord(token);
          let id = term ? termIds.get(term) : -1;
          if (id === undefined) {
            id = termIds.size;
            termIds.set(term, id);
            for (let f = 0; f < TEXT_FIELDS.length; f++) {
              docLists[f]!.push([]);
              freqLists[f]!.push([]);
            }
          }
          tokens.set(token, (known = { id, term, plain: PLAIN.test(token), visit: 0 }));
        }
        // As minisearch: the field's length is its number of distinct words as written.
        if (known.visit !== visit) {
          known.visit = visit;
          length += 1;
        }
        if (known.id < 0) continue;
        if (!known.plain) (nonAscii ??= new Set()).add(known.term);
        const list = docLists[field]![known.id]!;
        const freqs = freqLists[field]![known.id]!;
        if (list[list.length - 1] === doc) freqs[freqs.length - 1]! += 1;
        else {
          list.push(doc);
          freqs.push(1);
        }
      }
      lengths[field]![doc] = length;
      // The same running mean as minisearch, so scores match it to the last bit.
      averages[field] = (averages[field]! * doc + length) / (doc + 1);
    }
    nonAsciiTerms.push(nonAscii ? [...nonAscii] : NO_TERMS);
  }
  const count = documents.length;
  // Inserted in first-seen order, as minisearch does, so prefix and fuzzy terms come in its order.
  const terms = new SearchableMap<number>();
  for (const [term, id] of termIds) {
    await pause();
    terms.set(term, id);
  }
  const postings: (FieldPostings | undefined)[][] = [];
  for (let id = 0; id < termIds.size; id++) {
    await pause();
    postings.push(
      TEXT_FIELDS.map((_f, field): FieldPostings | undefined => {
        const docs = docLists[field]![id]!;
        if (docs.length === 0) return undefined;
        return { docs: Int32Array.from(docs), freqs: Int32Array.from(freqLists[field]![id]!), idf: idfOf(count, docs.length) };
      }),
    );
  }
  await pause();
  const dates = documents.map((doc) => doc.attributes.date ?? '');
  const byDate = Int32Array.from(dates.flatMap((date, doc) => (date ? [doc] : []))).sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : a - b));
  const norms = lengths.map((fieldLengths, field) => Float64Array.from(fieldLengths, (length) => lengthNorm(length, averages[field]!)));
  return {
    documents,
    position: new Map(documents.map((doc, i) => [doc.id, i])),
    dates,
    byDate,
    sortedDates: Array.from(byDate, (doc) => dates[doc]!),
    terms,
    termText: [...termIds.keys()],
    fuzzyNeighbours: new Array<TextNeighbours | undefined>(termIds.size).fill(undefined),
    deletions: emptyDeletionTable(),
    postings,
    norms,
    nonAsciiTerms,
    scratch: { word: new Float64Array(count), slot: new Int32Array(count) },
  };
}
