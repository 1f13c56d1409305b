import { compareEvidence, type Evidence, type EdgeAttributes, type RelationshipType, uniqueSortedEvidence } from '../domain/index.js';

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
  const sorted = isUniqueAndSorted(evidence) ? [...evidence] : uniqueSortedEvidence(evidence);
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

/**
 * True when `evidence` is already what uniqueSortedEvidence would make of it: strictly in evidence
 * order, and no span twice (each document's entries together, their offsets strictly increasing).
 * A resolved relation's evidence and a document's mentions of an entity come so; checking costs no
 * key string per item, where uniqueSortedEvidence builds one for each and a map of them, on every
 * edge, including a hub's thousands of sentences.
 */
function isUniqueAndSorted(evidence: readonly Evidence[]): boolean {
  const documents = new Set<string>();
  for (let i = 0; i < evidence.length; i += 1) {
    const item = evidence[i]!;
    const previous = evidence[i - 1];
    if (previous === undefined || previous.docId !== item.docId) {
      if (documents.has(item.docId)) return false;
      documents.add(item.docId);
    } else if (item.start < previous.start || (item.start === previous.start && item.end <= previous.end)) return false;
    if (previous !== undefined && compareEvidence(previous, item) >= 0) return false;
  }
  return true;
}
