import { compareStrings, type Evidence, uniqueSortedEvidence } from '../domain/index.js';

/**
 * What uniqueSortedEvidence makes of `evidence` (one copy per span, the last one given, in
 * evidence order), made document by document: each document's evidence is sorted by place and
 * its repeats dropped, then the documents are put in (date, docId) order. uniqueSortedEvidence
 * builds a key string per item and sorts the whole list by strings; a hub relation (an
 * organisation BASED_IN Korea, stated in thousands of releases) made that grow faster than the
 * corpus. A document whose evidence carries more than one date takes the general sort.
 *
 * Resolution gathers a relation's statements extraction by extraction, in document-id order, so
 * each document's evidence comes as one run and the runs come in increasing id order: then the
 * runs are the documents, with no map of them, and a run already in place order (nearly all) is
 * used as it lies rather than copied into a list of its own. Evidence in any other order is
 * grouped through a map.
 */
export function uniqueEvidenceByDocument(evidence: readonly Evidence[]): Evidence[] {
  if (evidence.length < 2) return [...evidence];
  const runs = documentRuns(evidence);
  const documents = runs === undefined ? documentGroups(evidence) : runs;
  if (documents === null) return uniqueSortedEvidence(evidence);
  documents.sort((a, b) => compareStrings(a.date ?? '', b.date ?? '') || compareStrings(a.docId, b.docId));
  const ordered: Evidence[] = [];
  for (const document of documents) {
    if (document.items) for (const item of document.items) ordered.push(item);
    else for (let i = document.from; i < document.to; i += 1) ordered.push(evidence[i]!);
  }
  return ordered;
}

/**
 * One document's distinct evidence in place order: `items` when they had to be sorted or thinned,
 * else the positions `from` (inclusive) to `to` of the evidence given, which already are.
 */
interface DocumentEvidence {
  readonly docId: string;
  readonly date: string | null;
  readonly items: readonly Evidence[] | null;
  readonly from: number;
  readonly to: number;
}

/**
 * The documents as runs of the evidence given, or undefined when a document's evidence is not one
 * run in increasing document-id order; null when a document's evidence carries two dates.
 */
function documentRuns(evidence: readonly Evidence[]): DocumentEvidence[] | null | undefined {
  const documents: DocumentEvidence[] = [];
  let from = 0;
  while (from < evidence.length) {
    const docId = evidence[from]!.docId;
    if (documents.length > 0 && compareStrings(documents[documents.length - 1]!.docId, docId) >= 0) return undefined;
    let to = from + 1;
    let inPlace = true;
    for (; to < evidence.length && evidence[to]!.docId === docId; to += 1) {
      const previous = evidence[to - 1]!;
      const item = evidence[to]!;
      if (byPlace(previous, item) >= 0) inPlace = false;
    }
    const document = inPlace ? runInPlace(evidence, docId, from, to) : distinctInPlace(docId, evidence.slice(from, to));
    if (document === null) return null;
    documents.push(document);
    from = to;
  }
  return documents;
}

/** A run already in strict place order: each span once, so only the dates need checking. */
function runInPlace(evidence: readonly Evidence[], docId: string, from: number, to: number): DocumentEvidence | null {
  const date = evidence[from]!.date;
  for (let i = from + 1; i < to; i += 1) if (evidence[i]!.date !== date) return null;
  return { docId, date, items: null, from, to };
}

/** Evidence in any order, grouped by document through a map; null when a document's evidence carries two dates. */
function documentGroups(evidence: readonly Evidence[]): DocumentEvidence[] | null {
  const byDoc = new Map<string, Evidence[]>();
  for (const item of evidence) {
    const ofDoc = byDoc.get(item.docId);
    if (ofDoc) ofDoc.push(item);
    else byDoc.set(item.docId, [item]);
  }
  const documents: DocumentEvidence[] = [];
  for (const [docId, items] of byDoc) {
    const document = distinctInPlace(docId, items);
    if (document === null) return null;
    documents.push(document);
  }
  return documents;
}

/** One document's evidence (a list of its own, sorted here) in place order with its repeats dropped, the last copy kept. */
function distinctInPlace(docId: string, items: Evidence[]): DocumentEvidence | null {
  // Stable: equal spans stay in the order given, so the last copy of each replaces the earlier ones.
  items.sort(byPlace);
  let kept = 0;
  for (const item of items) {
    const previous = items[kept - 1];
    if (previous !== undefined && previous.start === item.start && previous.end === item.end) items[kept - 1] = item;
    else items[kept++] = item;
  }
  items.length = kept;
  const date = items[0]!.date;
  if (items.some((item) => item.date !== date)) return null;
  return { docId, date, items, from: 0, to: 0 };
}

function byPlace(a: Evidence, b: Evidence): number {
  return a.start - b.start || a.end - b.end;
}
