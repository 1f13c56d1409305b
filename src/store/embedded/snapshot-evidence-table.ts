import { type Evidence, type GraphData, compareStrings } from '../../domain/index.js';

/** One evidence line of a snapshot: the evidence with its sentence replaced by an index. */
export type EvidenceRow = Omit<Evidence, 'sentence'> & { readonly sentence: number };

/** The distinct sentences and evidence of a graph, and where each edge's evidence sits in them. */
export interface EvidenceTable {
  readonly sentences: readonly string[];
  /** How many rows there are. */
  readonly size: number;
  /** The rows in order, each made as it is asked for (at 1000x a list of them held ~100 MB while the file was written). */
  rows(): Iterable<EvidenceRow>;
  /** The evidence of row `index`, whose sentence is sentenceOf(index): what the writer reads, making no row. */
  evidenceOf(index: number): Evidence;
  /** The sentence number of row `index`. */
  sentenceOf(index: number): number;
  /** The row of the `position`-th evidence of the graph's `edgeIndex`-th edge: what the writer asks, edge by edge. */
  rowOf(edgeIndex: number, position: number): number;
  /** The row index of evidence cited by an edge of the graph, found by the object cited. */
  indexOf(evidence: Evidence): number;
}

/**
 * Collects every distinct piece of evidence once (equal fields are one piece, whether or not the
 * edges share the object), sorted like edge evidence (date, docId, start, end) with the remaining
 * fields breaking ties, and numbers the sentences in order of first use. A function of the set of
 * evidence only, so rebuilding the same graph numbers everything the same way.
 *
 * The order is made per document, not by one sort of every row: the rows are gathered by date and
 * document as they are found, the dates and each date's documents are sorted, and only a
 * document's own rows (a few dozen) are sorted by place. One sort of a million rows by string
 * fields grew faster than the corpus (n log n, each step comparing dates and ids) and was most of
 * the snapshot write's growth from 100x to 1000x; the order is the same.
 *
 * Each citation's row is kept in a typed array in citation order (edge by edge), which is the
 * order the writer asks for them: a map from every cited object to its row held 1.5M entries at
 * 1000x, allocated and rehashed while the graph filled the heap, and each lookup missed the cache.
 * indexOf makes that map only when asked.
 */
export function evidenceTable(graph: GraphData): EvidenceTable {
  const edgeStart = new Int32Array(graph.edges.length + 1);
  let citations = 0;
  for (let e = 0; e < graph.edges.length; e++) {
    edgeStart[e] = citations;
    citations += graph.edges[e]!.attributes.evidence.length;
  }
  edgeStart[graph.edges.length] = citations;
  // Every distinct evidence gets a slot as found; each citation records its slot.
  const distinct: Evidence[] = [];
  const slotOfCitation = new Int32Array(citations);
  // date -> docId -> the document's distinct evidence, as slots in the order found.
  const byDate = new Map<string, Map<string, DocumentEvidence>>();
  let citation = 0;
  // An edge's evidence comes a document at a time (every MENTIONS edge cites one document), so the
  // document found for the last citation is usually this one's too: two map lookups fewer.
  let lastDate: string | null | undefined;
  let lastDoc: string | undefined;
  let inDoc: DocumentEvidence | undefined;
  for (const edge of graph.edges) {
    for (const item of edge.attributes.evidence) {
      if (inDoc === undefined || item.docId !== lastDoc || item.date !== lastDate) {
        const dateKey = item.date ?? '';
        let ofDate = byDate.get(dateKey);
        if (!ofDate) byDate.set(dateKey, (ofDate = new Map()));
        inDoc = ofDate.get(item.docId);
        if (!inDoc) ofDate.set(item.docId, (inDoc = { byStart: new Map(), slots: [] }));
        lastDoc = item.docId;
        lastDate = item.date;
      }
      slotOfCitation[citation++] = slotIn(inDoc, item, distinct);
    }
  }
  const ordered: Evidence[] = [];
  const rowOfSlot = new Int32Array(distinct.length);
  const byPlaceOf = (a: number, b: number) => byPlace(distinct[a]!, distinct[b]!);
  for (const date of [...byDate.keys()].sort(compareStrings)) {
    const ofDate = byDate.get(date)!;
    for (const docId of [...ofDate.keys()].sort(compareStrings)) {
      for (const slot of ofDate.get(docId)!.slots.sort(byPlaceOf)) {
        rowOfSlot[slot] = ordered.length;
        ordered.push(distinct[slot]!);
      }
    }
  }
  byDate.clear();
  distinct.length = 0;
  const rowOfCitation = slotOfCitation;
  for (let k = 0; k < citations; k++) rowOfCitation[k] = rowOfSlot[slotOfCitation[k]!]!;
  const sentences: string[] = [];
  const sentenceIndex = new Map<string, number>();
  const sentenceOf = new Int32Array(ordered.length);
  for (let index = 0; index < ordered.length; index++) {
    const item = ordered[index] as Evidence;
    let sentence = sentenceIndex.get(item.sentence);
    if (sentence === undefined) {
      sentenceIndex.set(item.sentence, (sentence = sentences.length));
      sentences.push(item.sentence);
    }
    sentenceOf[index] = sentence;
  }
  let rowOfObject: Map<Evidence, number> | undefined;
  return {
    sentences,
    size: ordered.length,
    *rows() {
      for (let index = 0; index < ordered.length; index++) {
        const item = ordered[index] as Evidence;
        yield { docId: item.docId, date: item.date, sentence: sentenceOf[index] as number, sentenceStart: item.sentenceStart, start: item.start, end: item.end };
      }
    },
    evidenceOf: (index) => ordered[index]!,
    sentenceOf: (index) => sentenceOf[index]!,
    rowOf: (edgeIndex, position) => {
      const at = edgeStart[edgeIndex]! + position;
      if (position < 0 || at >= edgeStart[edgeIndex + 1]!) throw new Error(`edge ${edgeIndex} has no evidence at ${position}`);
      return rowOfCitation[at]!;
    },
    indexOf: (evidence) => {
      rowOfObject ??= rowsByObject(graph, rowOfCitation);
      const index = rowOfObject.get(evidence);
      if (index === undefined) throw new Error(`evidence ${evidence.docId}@${evidence.start} is not in the table`);
      return index;
    },
  };
}

/** Every cited object's row. */
function rowsByObject(graph: GraphData, rowOfCitation: Int32Array): Map<Evidence, number> {
  const rows = new Map<Evidence, number>();
  let citation = 0;
  for (const edge of graph.edges) for (const item of edge.attributes.evidence) rows.set(item, rowOfCitation[citation++]!);
  return rows;
}

/** One document's distinct evidence at one date, found by where it starts. */
interface DocumentEvidence {
  /**
   * start -> the slot of the distinct evidence starting there: no key string built per citation,
   * and no list where (as nearly always) one piece of evidence starts at a place. Keyed by the
   * start alone, a small integer: a key of start and end together passed 2^31, so every citation
   * made a heap number to look it up with.
   */
  readonly byStart: Map<number, number | number[]>;
  readonly slots: number[];
}

/** The slot of the distinct evidence equal to `item` in `inDoc`; `item` takes a new slot when there is none yet. */
function slotIn(inDoc: DocumentEvidence, item: Evidence, distinct: Evidence[]): number {
  const here = inDoc.byStart.get(item.start);
  const found = here === undefined ? undefined : Array.isArray(here) ? findSame(here, item, distinct) : sameEvidence(distinct[here]!, item) ? here : undefined;
  if (found !== undefined) return found;
  const slot = distinct.length;
  distinct.push(item);
  if (here === undefined) inDoc.byStart.set(item.start, slot);
  else if (Array.isArray(here)) here.push(slot);
  else inDoc.byStart.set(item.start, [here, slot]);
  inDoc.slots.push(slot);
  return slot;
}

function findSame(slots: readonly number[], item: Evidence, distinct: readonly Evidence[]): number | undefined {
  for (const slot of slots) if (sameEvidence(distinct[slot]!, item)) return slot;
  return undefined;
}

/** Within one document and date: compareEvidence's offsets, then the remaining fields. */
function byPlace(a: Evidence, b: Evidence): number {
  return a.start - b.start || a.end - b.end || a.sentenceStart - b.sentenceStart || compareStrings(a.sentence, b.sentence);
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a === b || (a.start === b.start && a.end === b.end && a.sentenceStart === b.sentenceStart && a.date === b.date && a.sentence === b.sentence);
}
