import type { Document, SourceRef } from '../domain/index.js';

/** Why records were merged, strongest first: identical text; same title and date; or a body mostly contained in another on the same date. */
export type MergeReason = 'exact' | 'same-title-date' | 'near-duplicate';

/** One Document that absorbed at least one other record. */
export interface MergeGroup {
  readonly documentId: string;
  readonly title: string;
  /** The record whose text the Document carries (the fullest). */
  readonly kept: SourceRef;
  /** Every record merged into the Document, the kept one included, in input order. */
  readonly sources: readonly SourceRef[];
  /** The weakest reason among the links that joined the group. */
  readonly reason: MergeReason;
  /** The lowest share (0–1) of any merged record's word 5-grams found in the kept text; 1 for exact copies. */
  readonly similarity: number;
}

/** What dedupe merged; `duplicates merged` is the sum over groups of `sources.length - 1`. */
export interface DedupeReport {
  readonly merged: readonly MergeGroup[];
}

export interface DedupeResult {
  readonly documents: Document[];
  readonly report: DedupeReport;
}

/** Number of records folded into another one: records in minus documents out. */
export function duplicatesMerged(report: DedupeReport): number {
  return report.merged.reduce((n, group) => n + group.sources.length - 1, 0);
}
