import { compareEvidence, evidenceDateRange, type Evidence, type EdgeAttributes, type RelationshipType, uniqueSortedEvidence } from '../domain/index.js';

type Details = Partial<Pick<EdgeAttributes, 'title' | 'role' | 'status' | 'eventIds' | 'date'>>;

/**
 * The provenance every edge carries, computed from its evidence only: distinct documents, first and
 * last dates, how many evidence spans. The stores' merge (mergeEdgeAttributes) recomputes the same
 * values from the unioned evidence, so loading an edge twice leaves it unchanged. `details` are the
 * type's own fields (title, role, status, eventIds, a rename's date).
 *
 * Made for every edge of the graph (640k at 1000x), so it walks the evidence once for the dates and
 * documents instead of mapping, filtering and sorting lists of them: those lists were garbage made
 * while the heap was at its fullest, which V8 paid for in collections of the whole heap.
 */
export function edgeAttributes(type: RelationshipType, evidence: readonly Evidence[], details: Details = {}): EdgeAttributes {
  return attributesOf(type, isUniqueAndSorted(evidence) ? [...evidence] : uniqueSortedEvidence(evidence), details);
}

/**
 * edgeAttributes for evidence made for this edge alone (a document's mentions of an entity, a
 * pair's meetings): the list becomes the edge's own when it is already in order, where
 * edgeAttributes copies it (a resolved relation's list belongs to the corpus). One list fewer per
 * MENTIONS edge, 450k at 1000x.
 */
export function edgeAttributesAdopting(type: RelationshipType, evidence: Evidence[], details: Details = {}): EdgeAttributes {
  return attributesOf(type, isUniqueAndSorted(evidence) ? evidence : uniqueSortedEvidence(evidence), details);
}

function attributesOf(type: RelationshipType, sorted: Evidence[], details: Details): EdgeAttributes {
  const { firstDate, lastDate } = evidenceDateRange(sorted);
  if (!hasDetail(details)) {
    // Most edges (every MENTIONS edge without an agreement's statement): one literal of the same
    // keys in the same order as below, its fields inside the object. Growing `{ type }` a key at a
    // time gave each edge an out-of-object property array, reallocated as it grew: ~60 bytes more
    // per edge, kept alive (and traced by every full collection) for as long as the graph.
    const attributes =
      firstDate === undefined
        ? { type, docIds: documentsOf(sorted), count: sorted.length, evidence: sorted }
        : { type, firstDate, lastDate, docIds: documentsOf(sorted), count: sorted.length, evidence: sorted };
    return attributes as unknown as EdgeAttributes;
  }
  const attributes: Record<string, unknown> = { type };
  if (firstDate !== undefined) {
    attributes.firstDate = firstDate;
    attributes.lastDate = lastDate;
  }
  for (const name of Object.keys(details) as (keyof Details)[]) {
    const value = details[name];
    if (isWritten(value)) attributes[name] = value;
  }
  attributes.docIds = documentsOf(sorted);
  // One per evidence span, as the stores count when they merge edges.
  attributes.count = sorted.length;
  attributes.evidence = sorted;
  return attributes as unknown as EdgeAttributes;
}

/** Whether attributesOf writes any of `details`; no key list made. */
function hasDetail(details: Details): boolean {
  for (const name in details) if (isWritten(details[name as keyof Details])) return true;
  return false;
}

/** A detail is written unless it is undefined or empty text: the one rule both branches of attributesOf keep. */
function isWritten(value: Details[keyof Details]): boolean {
  return value !== undefined && value !== '';
}

/** The distinct documents of some evidence, sorted; a document's evidence alone (every MENTIONS edge) needs no set. */
function documentsOf(evidence: readonly Evidence[]): string[] {
  const only = evidence[0]?.docId;
  if (only === undefined) return [];
  if (evidence.every((item) => item.docId === only)) return [only];
  return [...new Set(evidence.map((e) => e.docId))].sort();
}

/**
 * True when `evidence` is already what uniqueSortedEvidence would make of it: strictly in evidence
 * order, and no span twice (each document's entries together, their offsets strictly increasing).
 * A resolved relation's evidence and a document's mentions of an entity come so; checking costs no
 * key string per item, where uniqueSortedEvidence builds one for each and a map of them, on every
 * edge, including a hub's thousands of sentences.
 */
function isUniqueAndSorted(evidence: readonly Evidence[]): boolean {
  // Made when a second document appears: most edges cite one document.
  let documents: Set<string> | undefined;
  for (let i = 1; i < evidence.length; i += 1) {
    const item = evidence[i]!;
    const previous = evidence[i - 1]!;
    if (previous.docId !== item.docId) {
      documents ??= new Set([previous.docId]);
      if (documents.has(item.docId)) return false;
      documents.add(item.docId);
    } else if (item.start < previous.start || (item.start === previous.start && item.end <= previous.end)) return false;
    if (compareEvidence(previous, item) >= 0) return false;
  }
  return true;
}
