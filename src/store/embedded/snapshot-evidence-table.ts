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
  /** The row index of evidence cited by an edge of the graph. */
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
 */
export function evidenceTable(graph: GraphData): EvidenceTable {
  const byObject = new Map<Evidence, Evidence>();
  // date -> docId -> the document's distinct evidence, in the order found.
  const byDate = new Map<string, Map<string, DocumentEvidence>>();
  for (const edge of graph.edges) {
    for (const item of edge.attributes.evidence) {
      if (byObject.has(item)) continue;
      const dateKey = item.date ?? '';
      let ofDate = byDate.get(dateKey);
      if (!ofDate) byDate.set(dateKey, (ofDate = new Map()));
      let inDoc = ofDate.get(item.docId);
      if (!inDoc) ofDate.set(item.docId, (inDoc = { byPlace: new Map(), distinct: [] }));
      byObject.set(item, canonicalIn(inDoc, item));
    }
  }
  const ordered: Evidence[] = [];
  for (const date of [...byDate.keys()].sort(compareStrings)) {
    const ofDate = byDate.get(date)!;
    for (const docId of [...ofDate.keys()].sort(compareStrings)) {
      for (const item of ofDate.get(docId)!.distinct.sort(byPlace)) ordered.push(item);
    }
  }
  byDate.clear();
  const sentences: string[] = [];
  const sentenceIndex = new Map<string, number>();
  const sentenceOf = new Int32Array(ordered.length);
  // Each distinct evidence now maps to its row (a number); a duplicate still maps to its canonical one.
  const rowOf = byObject as Map<Evidence, Evidence | number>;
  for (let index = 0; index < ordered.length; index++) {
    const item = ordered[index] as Evidence;
    let sentence = sentenceIndex.get(item.sentence);
    if (sentence === undefined) {
      sentenceIndex.set(item.sentence, (sentence = sentences.length));
      sentences.push(item.sentence);
    }
    sentenceOf[index] = sentence;
    rowOf.set(item, index);
  }
  return {
    sentences,
    size: ordered.length,
    *rows() {
      for (let index = 0; index < ordered.length; index++) {
        const item = ordered[index] as Evidence;
        yield { docId: item.docId, date: item.date, sentence: sentenceOf[index] as number, sentenceStart: item.sentenceStart, start: item.start, end: item.end };
      }
    },
    indexOf: (evidence) => {
      const found = rowOf.get(evidence);
      const index = typeof found === 'number' || found === undefined ? found : rowOf.get(found);
      if (typeof index !== 'number') throw new Error(`evidence ${evidence.docId}@${evidence.start} is not in the table`);
      return index;
    },
  };
}

/** One document's distinct evidence at one date, found by place (start and end). */
interface DocumentEvidence {
  /** start/end -> the distinct evidence there: no key string built per citation, and no list where (as nearly always) one piece of evidence sits at a place. */
  readonly byPlace: Map<number, Evidence | Evidence[]>;
  readonly distinct: Evidence[];
}

/** The distinct evidence equal to `item` in `inDoc`, which becomes `item` itself when there is none yet. */
function canonicalIn(inDoc: DocumentEvidence, item: Evidence): Evidence {
  const place = item.start * 2 ** 26 + item.end;
  const here = inDoc.byPlace.get(place);
  const found = here === undefined ? undefined : Array.isArray(here) ? here.find((other) => sameEvidence(other, item)) : sameEvidence(here, item) ? here : undefined;
  if (found) return found;
  if (here === undefined) inDoc.byPlace.set(place, item);
  else if (Array.isArray(here)) here.push(item);
  else inDoc.byPlace.set(place, [here, item]);
  inDoc.distinct.push(item);
  return item;
}

/** Within one document and date: compareEvidence's offsets, then the remaining fields. */
function byPlace(a: Evidence, b: Evidence): number {
  return a.start - b.start || a.end - b.end || a.sentenceStart - b.sentenceStart || compareStrings(a.sentence, b.sentence);
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.start === b.start && a.end === b.end && a.sentenceStart === b.sentenceStart && a.date === b.date && a.sentence === b.sentence;
}
