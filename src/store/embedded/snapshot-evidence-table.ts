import type { Evidence } from '../../domain/evidence.js';
import type { GraphData } from '../../domain/graph.js';
import { cmp, compareEvidence } from './merge-records.js';

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
  const byContent = new Map<string, Evidence>();
  const sentenceIds = new Map<string, number>();
  for (const edge of graph.edges) {
    for (const item of edge.attributes.evidence) {
      if (byObject.has(item)) continue;
      let sentenceId = sentenceIds.get(item.sentence);
      if (sentenceId === undefined) sentenceIds.set(item.sentence, (sentenceId = sentenceIds.size));
      const key = `${item.docId}\u0000${item.date}\u0000${item.sentenceStart}\u0000${item.start}\u0000${item.end}\u0000${sentenceId}`;
      let canonical = byContent.get(key);
      if (!canonical) byContent.set(key, (canonical = item));
      byObject.set(item, canonical);
    }
  }
  const ordered = [...byContent.values()].sort(
    (a, b) => compareEvidence(a, b) || a.sentenceStart - b.sentenceStart || cmp(a.sentence, b.sentence),
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
