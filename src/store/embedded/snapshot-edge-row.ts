import { type Evidence, type EdgeRecord, edgeKey, compareStrings } from '../../domain/index.js';

/**
 * One edge line of a snapshot. Ends are node line numbers (0 = the first node), and so are the
 * eventIds that name nodes; evidence lists evidence line numbers. What can be derived is left out
 * and derived again on reading: the key when it is `TYPE:source->target`, docIds when they are the
 * evidence's distinct documents, count when it is the number of evidence, firstDate and lastDate
 * when they are the evidence's earliest and latest dates. A value that differs is written, so every
 * graph round-trips.
 */
export interface EdgeRow {
  readonly key?: string;
  readonly source: number;
  readonly target: number;
  readonly attributes: Readonly<Record<string, unknown>> & { readonly evidence: readonly number[] };
}

/** What an edge's evidence implies about it. */
export interface EvidenceSummary {
  readonly docIds: string[];
  readonly firstDate: string | undefined;
  readonly lastDate: string | undefined;
}

export function encodeEdge(edge: EdgeRecord, nodeIndex: (id: string) => number | undefined, evidenceIndex: (evidence: Evidence) => number): EdgeRow {
  const { docIds, count, evidence, eventIds, firstDate, lastDate, ...rest } = edge.attributes;
  const implied = summarise(evidence);
  const attributes: Record<string, unknown> = { ...rest, evidence: evidence.map(evidenceIndex) };
  if (!sameList(docIds, implied.docIds)) attributes.docIds = docIds;
  if (count !== evidence.length) attributes.count = count;
  if (firstDate !== implied.firstDate) attributes.firstDate = firstDate ?? null;
  if (lastDate !== implied.lastDate) attributes.lastDate = lastDate ?? null;
  if (eventIds) attributes.eventIds = eventIds.map((id) => nodeIndex(id) ?? id);
  const row = { source: nodeIndex(edge.source) ?? missingEnd(edge.source), target: nodeIndex(edge.target) ?? missingEnd(edge.target), attributes };
  return edge.id === edgeKey(edge.attributes.type, edge.source, edge.target) ? (row as EdgeRow) : ({ key: edge.id, ...row } as EdgeRow);
}

/** The distinct documents of some evidence, sorted, and its earliest and latest dates. */
export function summarise(evidence: readonly Evidence[]): EvidenceSummary {
  let firstDate: string | undefined;
  let lastDate: string | undefined;
  for (const { date } of evidence) {
    if (date === null) continue;
    if (firstDate === undefined || date < firstDate) firstDate = date;
    if (lastDate === undefined || date > lastDate) lastDate = date;
  }
  const docIds = evidence.length === 1 ? [evidence[0]!.docId] : [...new Set(evidence.map((item) => item.docId))].sort(compareStrings);
  return { docIds, firstDate, lastDate };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function missingEnd(id: string): never {
  throw new Error(`an edge points at node ${id}, which the graph does not hold`);
}
