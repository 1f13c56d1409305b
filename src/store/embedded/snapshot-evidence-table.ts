import { type Evidence, type GraphData, compareStrings, compareEvidence } from '../../domain/index.js';

/** One evidence line of a snapshot: the evidence with its sentence replaced by an index. */
export type EvidenceRow = Omit<Evidence, 'sentence'> & { readonly sentence: number };

/** The distinct sentences and evidence of a graph, and where each edge's evidence sits in them. */
export interface EvidenceTable {
  readonly sentences: readonly string[];
  readonly rows: readonly EvidenceRow[];
  /** The row index of evidence cited by an edge of the graph. */
  indexOf(evidence: Evidence): number;
}

/**
 * Collects every distinct piece of evidence once (equal fields are one piece, whether or not the
 * edges share the object), sorted like edge evidence (date, docId, start, end) with the remaining
 * fields breaking ties, and numbers the sentences in order of first use. A function of the set of
 * evidence only, so rebuilding the same graph numbers everything the same way.
 */
export function evidenceTable(graph: GraphData): EvidenceTable {
  const byObject = new Map<Evidence, Evidence>();
  const distinct: Evidence[] = [];
  // docId -> start/end -> the distinct evidence there: no key string built per citation.
  const byPlace = new Map<string, Map<number, Evidence[]>>();
  for (const edge of graph.edges) {
    for (const item of edge.attributes.evidence) {
      if (byObject.has(item)) continue;
      let inDoc = byPlace.get(item.docId);
      if (!inDoc) byPlace.set(item.docId, (inDoc = new Map()));
      const place = item.start * 2 ** 26 + item.end;
      let here = inDoc.get(place);
      if (!here) inDoc.set(place, (here = []));
      let canonical = here.find((other) => sameEvidence(other, item));
      if (!canonical) {
        here.push((canonical = item));
        distinct.push(item);
      }
      byObject.set(item, canonical);
    }
  }
  const ordered = distinct.sort(
    (a, b) => compareEvidence(a, b) || a.sentenceStart - b.sentenceStart || compareStrings(a.sentence, b.sentence),
  );
  const sentences: string[] = [];
  const sentenceIndex = new Map<string, number>();
  const rowIndex = new Map<Evidence, number>();
  const rows = ordered.map((item, index) => {
    let sentence = sentenceIndex.get(item.sentence);
    if (sentence === undefined) {
      sentenceIndex.set(item.sentence, (sentence = sentences.length));
      sentences.push(item.sentence);
    }
    rowIndex.set(item, index);
    return { docId: item.docId, date: item.date, sentence, sentenceStart: item.sentenceStart, start: item.start, end: item.end };
  });
  return {
    sentences,
    rows,
    indexOf: (evidence) => {
      const canonical = byObject.get(evidence);
      const index = canonical === undefined ? undefined : rowIndex.get(canonical);
      if (index === undefined) throw new Error(`evidence ${evidence.docId}@${evidence.start} is not in the table`);
      return index;
    },
  };
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.start === b.start && a.end === b.end && a.sentenceStart === b.sentenceStart && a.date === b.date && a.sentence === b.sentence;
}
