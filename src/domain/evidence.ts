import type { z } from 'zod';
import type { EvidenceSchema } from './evidence-shape.js';

/**
 * The text that supports a mention or a relation. Offsets are UTF-16 code-unit offsets into the
 * Document body (JavaScript string indices), `end` exclusive; `sentence` is the whole sentence.
 */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Code-unit string order: the same in every locale and in both stores (Neo4j sorts strings this way). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What makes two pieces of evidence the same: one span of one document. The sentence and its
 * start follow from the span, so they are not part of the key.
 */
export function evidenceKey(evidence: Evidence): string {
  return `${evidence.docId}\u0000${evidence.start}\u0000${evidence.end}`;
}

/** The one evidence order, everywhere evidence is listed: by date (undated first), docId, then offsets. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return compareStrings(a.date ?? '', b.date ?? '') || compareStrings(a.docId, b.docId) || a.start - b.start || a.end - b.end;
}

/** Evidence without repeats (by evidenceKey, the last copy kept), in the one evidence order. */
export function uniqueSortedEvidence(evidence: Iterable<Evidence>): Evidence[] {
  const byKey = new Map<string, Evidence>();
  for (const item of evidence) byKey.set(evidenceKey(item), item);
  return [...byKey.values()].sort(compareEvidence);
}

/** The earliest and latest dates of some evidence (ISO days compare as strings); undated items are skipped. */
export function evidenceDateRange(evidence: readonly Evidence[]): { firstDate: string | undefined; lastDate: string | undefined } {
  let firstDate: string | undefined;
  let lastDate: string | undefined;
  for (const { date } of evidence) {
    if (date === null) continue;
    if (firstDate === undefined || date < firstDate) firstDate = date;
    if (lastDate === undefined || date > lastDate) lastDate = date;
  }
  return { firstDate, lastDate };
}
