import { type Evidence, type EdgeAttributes, type EdgeRecord, compareStrings, evidenceDateRange, sortKeys, stableStringify } from '../../domain/index.js';

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
 * An edge's line: the text of its EdgeRow as stableStringify writes it (keys sorted at every
 * depth), built straight from the record. Writing a 1000× snapshot made a rest copy, a row, an
 * attributes object, an index list and a key string per edge only to serialise and drop them; in
 * a build's large heap that garbage cost more than the writing.
 */
export function encodeEdgeLine(edge: EdgeRecord, nodeIndex: (id: string) => number | undefined, evidenceIndex: (evidence: Evidence, position: number) => number, hash?: string): string {
  const attributes = edge.attributes as EdgeAttributes & Readonly<Record<string, unknown>>;
  const { docIds, count, evidence, eventIds, firstDate, lastDate } = attributes;
  const implied = summarise(evidence);
  const names: string[] = ['evidence'];
  for (const name of Object.keys(attributes)) if (!DERIVED.has(name)) names.push(name);
  if (!sameList(docIds, implied.docIds)) names.push('docIds');
  if (count !== evidence.length) names.push('count');
  if (firstDate !== implied.firstDate) names.push('firstDate');
  if (lastDate !== implied.lastDate) names.push('lastDate');
  if (eventIds) names.push('eventIds');
  sortKeys(names);
  let text = '{"attributes":{';
  let first = true;
  for (const name of names) {
    let value: string;
    if (name === 'evidence') value = evidenceList(evidence, evidenceIndex);
    else if (name === 'firstDate' || name === 'lastDate') value = stableStringify(attributes[name] ?? null);
    else if (name === 'eventIds') value = stableStringify(eventIds!.map((id) => nodeIndex(id) ?? id));
    else {
      const item = attributes[name];
      if (item === undefined || typeof item === 'function') continue;
      value = stableStringify(item);
    }
    text += `${first ? '' : ','}${JSON.stringify(name)}:${value}`;
    first = false;
  }
  text += '}';
  if (hash !== undefined) text += `,"hash":${JSON.stringify(hash)}`;
  const { type } = attributes;
  if (!isEdgeKeyOf(edge.id, type, edge.source, edge.target)) text += `,"key":${JSON.stringify(edge.id)}`;
  const source = nodeIndex(edge.source) ?? missingEnd(edge.source);
  const target = nodeIndex(edge.target) ?? missingEnd(edge.target);
  return `${text},"source":${source},"target":${target}}`;
}

/** The attributes written only when they differ from what the evidence implies (or, for eventIds, as node numbers). */
const DERIVED = new Set(['docIds', 'count', 'evidence', 'eventIds', 'firstDate', 'lastDate']);

function evidenceList(evidence: readonly Evidence[], evidenceIndex: (evidence: Evidence, position: number) => number): string {
  let text = '[';
  for (let i = 0; i < evidence.length; i++) text += `${i > 0 ? ',' : ''}${evidenceIndex(evidence[i]!, i)}`;
  return `${text}]`;
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
  const docIds = evidence.length === 1 ? [evidence[0]!.docId] : [...new Set(evidence.map((item) => item.docId))].sort(compareStrings);
  return { docIds, firstDate, lastDate };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function missingEnd(id: string): never {
  throw new Error(`an edge points at node ${id}, which the graph does not hold`);
}
