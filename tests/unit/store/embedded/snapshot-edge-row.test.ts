import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../../src/domain/index.js';
import { isDocumentsOf, summarise } from '../../../../src/store/embedded/snapshot-edge-row.js';

/** Evidence citing these documents in this order (the other fields do not matter here). */
function citing(...docIds: string[]): Evidence[] {
  return docIds.map((docId, i) => ({ docId, date: null, sentence: 's', sentenceStart: 0, start: i, end: i + 1 }));
}

const CASES: [string, string[], Evidence[]][] = [
  ['no documents for no evidence', [], citing()],
  ['a document for no evidence', ['a'], citing()],
  ['the one document of one evidence', ['a'], citing('a')],
  ['another document than the one evidence', ['b'], citing('a')],
  ['no documents for some evidence', [], citing('a', 'a')],
  ['the one document of several evidence', ['a'], citing('a', 'a', 'a')],
  ['one document where the evidence cites two', ['a'], citing('a', 'b')],
  ['two documents where the evidence cites one', ['a', 'b'], citing('a', 'a')],
  ['the documents sorted', ['a', 'b', 'c'], citing('b', 'b', 'a', 'c')],
  ['the documents unsorted', ['b', 'a', 'c'], citing('b', 'a', 'c')],
  ['a document twice', ['a', 'a', 'b'], citing('a', 'b')],
  ['a document never cited', ['a', 'b', 'c'], citing('a', 'b', 'a')],
  ['a cited document missing', ['a', 'c'], citing('a', 'b', 'c')],
  ['documents in code-unit order', ['B', 'a', '가'], citing('가', 'a', 'B', 'a')],
];

describe('isDocumentsOf', () => {
  it.each(CASES)('answers as summarise lists the documents: %s', (_name, docIds, evidence) => {
    const listed = summarise(evidence).docIds;
    expect(isDocumentsOf(docIds, evidence)).toBe(docIds.length === listed.length && docIds.every((id, i) => id === listed[i]));
  });

  it('holds for sorted documents and denies an unsorted copy', () => {
    expect(isDocumentsOf(['a', 'b', 'c'], citing('c', 'a', 'b'))).toBe(true);
    expect(isDocumentsOf(['a', 'c', 'b'], citing('c', 'a', 'b'))).toBe(false);
  });
});

describe('summarise', () => {
  it('lists the distinct documents sorted, with the earliest and latest dates', () => {
    const evidence = [...citing('b', 'a', 'b'), { ...citing('c')[0]!, date: '2024-05-01' }, { ...citing('a')[0]!, date: '2023-01-02' }];
    expect(summarise(evidence)).toEqual({ docIds: ['a', 'b', 'c'], firstDate: '2023-01-02', lastDate: '2024-05-01' });
  });
});
