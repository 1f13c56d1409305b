import { DEFAULT_DEDUPE_OPTIONS, type DedupeOptions } from '../domain/index.js';
import type { MergeReason } from './dedupe-result.js';
import type { PreparedRecord } from './prepared-record.js';
import { containment } from './shingles.js';

/** Thresholds on containment of word 5-grams: dedupe's options (DedupeOptions, in domain so AppConfig carries them). */
export type LinkThresholds = DedupeOptions;

export const DEFAULT_THRESHOLDS: LinkThresholds = DEFAULT_DEDUPE_OPTIONS;

/** Why two records are the same article, and how similar their bodies are. */
export interface Link {
  readonly reason: MergeReason;
  readonly similarity: number;
}

/** Dates that may belong to one article: equal, or one of them unknown. */
export function datesCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * Judges whether two records report the same article, or returns null. A body that is a prefix of
 * the other (a truncated copy) counts as fully contained.
 */
export function judgeLink(a: PreparedRecord, b: PreparedRecord, thresholds: LinkThresholds = DEFAULT_THRESHOLDS): Link | null {
  const sameTitle = a.foldedTitle === b.foldedTitle;
  if (sameTitle && a.raw.date === b.raw.date && a.foldedBody === b.foldedBody) return { reason: 'exact', similarity: 1 };
  const similarity = bodySimilarity(a, b);
  if (sameTitle && datesCompatible(a.raw.date, b.raw.date) && similarity >= thresholds.sameTitle) return { reason: 'same-title-date', similarity };
  const bigEnough = Math.min(a.shingles.length, b.shingles.length) >= thresholds.minShingles;
  if (a.raw.date === b.raw.date && bigEnough && similarity >= thresholds.nearDuplicate) return { reason: 'near-duplicate', similarity };
  return null;
}

/** Containment of word 5-grams, or 1 when one folded body starts the other (bodies too short to shingle well). */
export function bodySimilarity(a: PreparedRecord, b: PreparedRecord): number {
  const [short, long] = a.foldedBody.length <= b.foldedBody.length ? [a, b] : [b, a];
  if (short.foldedBody.length > 0 && long.foldedBody.startsWith(short.foldedBody)) return 1;
  return containment(a.shingles, b.shingles);
}
