import { describe, expect, it } from 'vitest';
import { uniqueSortedEvidence, type Evidence } from '../../../src/domain/index.js';
import { uniqueEvidenceByDocument } from '../../../src/resolve/evidence-order.js';
import { createRandom } from '../../bench/corpus/random.js';

const DOCS = [
  ['doc:a', '2025-03-01'],
  ['doc:b', '2025-03-01'],
  ['doc:c', '2025-01-15'],
  ['doc:d', null],
] as const;

function statement(next: () => number, copy: number): Evidence {
  const [docId, date] = DOCS[Math.floor(next() * DOCS.length)]!;
  const start = Math.floor(next() * 6) * 10;
  return { docId, date, start, end: start + 5 + Math.floor(next() * 2), sentence: `copy ${copy}`, sentenceStart: 0 };
}

describe('uniqueEvidenceByDocument', () => {
  it('gives what uniqueSortedEvidence gives: one copy per span (the last), in evidence order', () => {
    const next = createRandom(7).next;
    for (let round = 0; round < 300; round += 1) {
      const evidence = Array.from({ length: Math.floor(next() * 30) }, (_, copy) => statement(next, copy));
      expect(uniqueEvidenceByDocument(evidence)).toEqual(uniqueSortedEvidence(evidence));
    }
  });

  it('gives the same for evidence gathered document by document in id order, as resolution gathers it', () => {
    const next = createRandom(11).next;
    for (let round = 0; round < 300; round += 1) {
      const evidence = Array.from({ length: Math.floor(next() * 30) }, (_, copy) => statement(next, copy));
      // Stable: each document's statements keep the order they were drawn in, repeats and disorder included.
      const gathered = [...evidence].sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
      expect(uniqueEvidenceByDocument(gathered)).toEqual(uniqueSortedEvidence(gathered));
    }
  });

  it('sorts a document whose evidence carries two dates as the general order does', () => {
    const evidence: Evidence[] = [
      { docId: 'doc:a', date: '2025-03-01', start: 0, end: 5, sentence: 's', sentenceStart: 0 },
      { docId: 'doc:b', date: '2025-02-01', start: 0, end: 5, sentence: 's', sentenceStart: 0 },
      { docId: 'doc:a', date: '2025-01-01', start: 10, end: 15, sentence: 's', sentenceStart: 0 },
    ];
    expect(uniqueEvidenceByDocument(evidence)).toEqual(uniqueSortedEvidence(evidence));
  });
});
