import type { Evidence } from '../../domain/evidence.js';
import type { EdgeRecord } from '../../domain/graph.js';
import { edgeKey } from '../../domain/keys.js';
import { cmp } from './merge-records.js';

/**
 * One edge line of a snapshot. Ends are node line numbers (0 = the first node); evidence lists
 * evidence line numbers. What can be derived is left out and derived again on reading: the key when
 * it is `TYPE:source->target`, docIds when they are the evidence's distinct documents, count when
 * it is the number of evidence. A value that differs is written, so every graph round-trips.
 */
export interface EdgeRow {
  readonly key?: string;
  readonly source: number;
  readonly target: number;
  readonly attributes: Readonly<Record<string, unknown>> & { readonly evidence: readonly number[] };
}

export function encodeEdge(edge: EdgeRecord, nodeIndex: (id: string) => number, evidenceIndex: (evidence: Evidence) => number): EdgeRow {
  const { docIds, count, evidence, ...rest } = edge.attributes;
  const attributes: Record<string, unknown> = { ...rest, evidence: evidence.map(evidenceIndex) };
  if (!sameList(docIds, evidenceDocIds(evidence))) attributes.docIds = docIds;
  if (count !== evidence.length) attributes.count = count;
  const row = { source: nodeIndex(edge.source), target: nodeIndex(edge.target), attributes: attributes as EdgeRow['attributes'] };
  return edge.id === edgeKey(edge.attributes.type, edge.source, edge.target) ? row : { key: edge.id, ...row };
}

/** The distinct document ids of some evidence, sorted: what an edge's docIds are unless it says otherwise. */
export function evidenceDocIds(evidence: readonly Evidence[]): string[] {
  if (evidence.length === 1) return [evidence[0]!.docId];
  return [...new Set(evidence.map((item) => item.docId))].sort(cmp);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
