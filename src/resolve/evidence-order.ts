import { compareStrings, type Evidence, uniqueSortedEvidence } from '../domain/index.js';

/**
 * What uniqueSortedEvidence makes of `evidence` (one copy per span, the last one given, in
 * evidence order), made document by document: each document's evidence is sorted by place and
 * its repeats dropped, then the documents are put in (date, docId) order. uniqueSortedEvidence
 * builds a key string per item and sorts the whole list by strings; a hub relation (an
 * organisation BASED_IN Korea, stated in thousands of releases) made that grow faster than the
 * corpus. A document whose evidence carries more than one date takes the general sort.
 */
export function uniqueEvidenceByDocument(evidence: readonly Evidence[]): Evidence[] {
  if (evidence.length < 2) return [...evidence];
  const byDoc = new Map<string, Evidence[]>();
  for (const item of evidence) {
    const ofDoc = byDoc.get(item.docId);
    if (ofDoc) ofDoc.push(item);
    else byDoc.set(item.docId, [item]);
  }
  const documents: Evidence[][] = [];
  for (const items of byDoc.values()) {
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
    if (items.some((item) => item.date !== date)) return uniqueSortedEvidence(evidence);
    documents.push(items);
  }
  documents.sort((a, b) => compareStrings(a[0]!.date ?? '', b[0]!.date ?? '') || compareStrings(a[0]!.docId, b[0]!.docId));
  return documents.flat();
}

function byPlace(a: Evidence, b: Evidence): number {
  return a.start - b.start || a.end - b.end;
}
