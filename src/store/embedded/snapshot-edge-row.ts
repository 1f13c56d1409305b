import { type Evidence, type EdgeAttributes, type EdgeRecord, compareStrings, evidenceDateRange, sortKeys } from '../../domain/index.js';
import { CLOSE_LIST, CLOSE_OBJECT, COLON, COMMA, OPEN_LIST, type JsonLineBytes } from './json-line-bytes.js';

/**
 * One edge line of a snapshot. Ends are node line numbers (0 = the first node), and so are the
 * eventIds that name nodes; evidence lists evidence line numbers. What can be derived is left out
 * and derived again on reading: the key when it is `TYPE:source->target`, docIds when they are the
 * evidence's distinct documents, count when it is the number of evidence, firstDate and lastDate
 * when they are the evidence's earliest and latest dates. A value that differs is written, so every
 * graph round-trips.
 */
export interface EdgeRow {
  /** The edge's content hash (content-hash.ts), computed when the snapshot was written; older snapshots have none. */
  readonly hash?: string;
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

/**
 * Writes an edge's line: the text of its EdgeRow as stableStringify writes it (keys sorted at
 * every depth), straight from the record into the output's bytes. Writing a 1000× snapshot made a
 * rest copy, a row, an attributes object, an index list and a key string per edge only to serialise
 * and drop them, and then every piece of the line as a string; in a build's large heap that garbage
 * cost more than the writing.
 */
export function writeEdgeLine(
  out: JsonLineBytes,
  edge: EdgeRecord,
  nodeIndex: (id: string) => number | undefined,
  evidenceIndex: (evidence: Evidence, position: number) => number,
  hash?: string,
): void {
  const attributes = edge.attributes as EdgeAttributes & Readonly<Record<string, unknown>>;
  const { docIds, count, evidence, eventIds, firstDate, lastDate } = attributes;
  const implied = evidenceDateRange(evidence);
  const names = attributeNames;
  names.length = 0;
  names.push('evidence');
  for (const name in attributes) if (Object.hasOwn(attributes, name) && !DERIVED.has(name)) names.push(name);
  if (!isDocumentsOf(docIds, evidence)) names.push('docIds');
  if (count !== evidence.length) names.push('count');
  if (firstDate !== implied.firstDate) names.push('firstDate');
  if (lastDate !== implied.lastDate) names.push('lastDate');
  if (eventIds) names.push('eventIds');
  sortKeys(names);
  out.raw('{"attributes":{');
  let first = true;
  for (let n = 0; n < names.length; n++) {
    const name = names[n]!;
    const item = name === 'firstDate' || name === 'lastDate' ? (attributes[name] ?? null) : attributes[name];
    if (item === undefined || typeof item === 'function') continue;
    if (!first) out.code(COMMA);
    first = false;
    out.string(name);
    out.code(COLON);
    if (name === 'evidence') writeEvidenceList(out, evidence, evidenceIndex);
    else if (name === 'eventIds') writeEventIds(out, eventIds!, nodeIndex);
    else out.value(item);
  }
  out.code(CLOSE_OBJECT);
  if (hash !== undefined) {
    out.raw(',"hash":');
    out.string(hash);
  }
  const { type } = attributes;
  if (!isEdgeKeyOf(edge.id, type, edge.source, edge.target)) {
    out.raw(',"key":');
    out.string(edge.id);
  }
  out.raw(',"source":');
  out.number(nodeIndex(edge.source) ?? missingEnd(edge.source));
  out.raw(',"target":');
  out.number(nodeIndex(edge.target) ?? missingEnd(edge.target));
  out.code(CLOSE_OBJECT);
}

/** The names of the edge being written, reused so listing and sorting them makes no list per edge. */
const attributeNames: string[] = [];

/** The attributes written only when they differ from what the evidence implies (or, for eventIds, as node numbers). */
const DERIVED = new Set(['docIds', 'count', 'evidence', 'eventIds', 'firstDate', 'lastDate']);

function writeEvidenceList(out: JsonLineBytes, evidence: readonly Evidence[], evidenceIndex: (evidence: Evidence, position: number) => number): void {
  out.code(OPEN_LIST);
  for (let i = 0; i < evidence.length; i++) {
    if (i > 0) out.code(COMMA);
    out.number(evidenceIndex(evidence[i]!, i));
  }
  out.code(CLOSE_LIST);
}

/** eventIds as node line numbers; an id that names no node stays as it is. */
function writeEventIds(out: JsonLineBytes, eventIds: readonly string[], nodeIndex: (id: string) => number | undefined): void {
  out.code(OPEN_LIST);
  for (let i = 0; i < eventIds.length; i++) {
    if (i > 0) out.code(COMMA);
    const item: unknown = nodeIndex(eventIds[i]!) ?? eventIds[i];
    if (item === undefined || typeof item === 'function') out.raw('null');
    else out.value(item);
  }
  out.code(CLOSE_LIST);
}

/** Whether `id` is edgeKey(type, source, target), without building that string for every edge. */
function isEdgeKeyOf(id: string, type: string, source: string, target: string): boolean {
  const sourceAt = type.length + 1;
  const arrowAt = sourceAt + source.length;
  return (
    id.length === arrowAt + 2 + target.length &&
    id.startsWith(type) &&
    id.charCodeAt(type.length) === 0x3a &&
    id.startsWith(source, sourceAt) &&
    id.startsWith('->', arrowAt) &&
    id.endsWith(target)
  );
}

/** The distinct documents of some evidence, sorted, and its earliest and latest dates. */
export function summarise(evidence: readonly Evidence[]): EvidenceSummary {
  const { firstDate, lastDate } = evidenceDateRange(evidence);
  return { docIds: documentsOf(evidence), firstDate, lastDate };
}

/** The distinct documents of some evidence, sorted; a document's evidence alone (every MENTIONS edge) needs no set. */
function documentsOf(evidence: readonly Evidence[]): string[] {
  const only = evidence[0]?.docId;
  if (only === undefined) return [];
  if (evidence.every((item) => item.docId === only)) return [only];
  return [...new Set(evidence.map((item) => item.docId))].sort(compareStrings);
}

/**
 * Whether `docIds` is what summarise would list for `evidence` (its distinct documents, sorted),
 * without making that list. The build sorts every edge's docIds (edge-attributes.ts), so checking
 * that they are strictly increasing, that each evidence's document is among them and that each of
 * them is cited needs no set, no list and no sort per edge, which the writer paid for every edge.
 */
export function isDocumentsOf(docIds: readonly string[], evidence: readonly Evidence[]): boolean {
  if (docIds.length <= 1 || evidence.length <= 1) {
    const only = docIds[0];
    if (docIds.length !== (evidence.length === 0 ? 0 : 1)) return false;
    for (let i = 0; i < evidence.length; i++) if (evidence[i]!.docId !== only) return false;
    return true;
  }
  for (let i = 1; i < docIds.length; i++) if (!(docIds[i - 1]! < docIds[i]!)) return false;
  const cited = citedScratch(docIds.length);
  let distinct = 0;
  let last: string | undefined;
  for (let i = 0; i < evidence.length; i++) {
    const { docId } = evidence[i]!;
    // An edge's evidence comes a document at a time: one search per run of the same document.
    if (docId === last) continue;
    last = docId;
    const at = sortedIndexOf(docIds, docId);
    if (at < 0) return false;
    if (cited[at] === 0) {
      cited[at] = 1;
      distinct++;
    }
  }
  return distinct === docIds.length;
}

/** Marks of which docIds were cited, reused from edge to edge and zeroed for each. */
let citedMarks = new Uint8Array(64);

function citedScratch(size: number): Uint8Array {
  if (citedMarks.length < size) citedMarks = new Uint8Array(Math.max(size, citedMarks.length * 2));
  citedMarks.fill(0, 0, size);
  return citedMarks;
}

/** Where `item` sits in a list sorted in code-unit order, or -1. */
function sortedIndexOf(sorted: readonly string[], item: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = sorted[middle]!;
    if (found === item) return middle;
    if (found < item) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function missingEnd(id: string): never {
  throw new Error(`an edge points at node ${id}, which the graph does not hold`);
}
