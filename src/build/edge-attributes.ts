import { type Evidence, type EdgeAttributes, type RelationshipType, uniqueSortedEvidence } from '../domain/index.js';

/**
 * The provenance every edge carries, computed from its evidence only: distinct documents, first and
 * last dates, how many evidence spans. The stores' merge (mergeEdgeAttributes) recomputes the same
 * values from the unioned evidence, so loading an edge twice leaves it unchanged. `details` are the
 * type's own fields (title, role, status, eventIds, a rename's date).
 */
export function edgeAttributes(
  type: RelationshipType,
  evidence: readonly Evidence[],
  details: Partial<Pick<EdgeAttributes, 'title' | 'role' | 'status' | 'eventIds' | 'date'>> = {},
): EdgeAttributes {
  const sorted = uniqueSortedEvidence(evidence);
  const dates = sorted.map((e) => e.date).filter((d): d is string => d !== null).sort();
  const present = Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined && v !== ''));
  return {
    type,
    ...(dates.length > 0 ? { firstDate: dates[0], lastDate: dates[dates.length - 1] } : {}),
    ...present,
    docIds: [...new Set(sorted.map((e) => e.docId))].sort(),
    // One per evidence span, as the stores count when they merge edges.
    count: sorted.length,
    evidence: sorted,
  };
}
