import type { Evidence } from '../domain/evidence.js';

/** Evidence order, as stored on edges: by date (undated first), docId, then offsets. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  const x = a.date ?? '';
  const y = b.date ?? '';
  if (x !== y) return x < y ? -1 : 1;
  if (a.docId !== b.docId) return a.docId < b.docId ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}
