import type { LocalEntity } from '../../domain/extraction.js';
import type { MergeGuard } from '../clusters.js';

/** Two things one document tells apart (two MOUs, two meetings) stay apart. */
export const notFromOneDocument: MergeGuard<LocalEntity> = (left, right) => {
  const docs = new Set(left.map((m) => m.docId));
  const shared = right.find((m) => docs.has(m.docId));
  return shared ? `document ${shared.docId} names both separately` : null;
};
