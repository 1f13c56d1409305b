import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type EdgeRecord, type Evidence, type GraphData } from '../../../../src/domain/index.js';
import { evidenceTable } from '../../../../src/store/embedded/snapshot-evidence-table.js';

const evidence = (docId: string, start: number, fields: Partial<Evidence> = {}): Evidence => ({
  docId,
  date: '2025-11-18',
  sentence: `Sentence at ${start}.`,
  sentenceStart: start,
  start,
  end: start + 5,
  ...fields,
});

function graphCiting(...lists: Evidence[][]): GraphData {
  const edges = lists.map((list, i) => ({ id: `e${i}`, source: 'a', target: 'b', attributes: { type: 'MET', evidence: list } }) as unknown as EdgeRecord);
  return { schemaVersion: SCHEMA_VERSION, nodes: [], edges };
}

describe('evidenceTable', () => {
  it('makes one row of evidence with equal fields, whichever object an edge cites', () => {
    const first = evidence('doc_1', 10);
    const copy = { ...first };
    const table = evidenceTable(graphCiting([first], [copy]));
    expect(table.size).toBe(1);
    expect(table.indexOf(copy)).toBe(table.indexOf(first));
    expect([...table.rows()]).toEqual([{ docId: 'doc_1', date: '2025-11-18', sentence: 0, sentenceStart: 10, start: 10, end: 15 }]);
  });

  it('keeps apart evidence at the same place of a document that differs in any other field', () => {
    const place = evidence('doc_1', 10);
    const others = [{ ...place, sentenceStart: 0 }, { ...place, date: null }, { ...place, sentence: 'Another sentence.' }];
    const copy = { ...others[1]! };
    const table = evidenceTable(graphCiting([place, ...others], [copy]));
    expect(table.size).toBe(4);
    expect(new Set([place, ...others].map((item) => table.indexOf(item))).size).toBe(4);
    expect(table.indexOf(copy)).toBe(table.indexOf(others[1]!));
  });

  it('keeps apart evidence starting at the same offset of a document that ends elsewhere, and finds each again', () => {
    const short = evidence('doc_1', 10);
    const long = { ...short, end: 30 };
    const longer = { ...short, end: 40 };
    const table = evidenceTable(graphCiting([short, long, longer], [{ ...longer }, { ...short }]));
    expect(table.size).toBe(3);
    expect([...table.rows()].map((row) => row.end)).toEqual([15, 30, 40]);
    expect([table.rowOf(1, 0), table.rowOf(1, 1)]).toEqual([2, 0]);
  });

  it('numbers rows in evidence order (date, document, offsets) and sentences by first use', () => {
    const late = evidence('doc_1', 0, { date: '2025-12-01', sentence: 'Shared.' });
    const early = evidence('doc_2', 50, { sentence: 'Shared.' });
    const middle = evidence('doc_2', 70);
    const table = evidenceTable(graphCiting([late, middle], [early]));
    expect([...table.rows()].map((row) => [row.docId, row.start, row.sentence])).toEqual([
      ['doc_2', 50, 0],
      ['doc_2', 70, 1],
      ['doc_1', 0, 0],
    ]);
    expect(table.sentences).toEqual(['Shared.', 'Sentence at 70.']);
    expect([early, middle, late].map((item) => table.indexOf(item))).toEqual([0, 1, 2]);
  });

  it('reads a row as its evidence and its sentence number, as rows() makes it', () => {
    const late = evidence('doc_1', 0, { date: '2025-12-01', sentence: 'Shared.' });
    const early = evidence('doc_2', 50, { sentence: 'Shared.' });
    const middle = evidence('doc_2', 70);
    const table = evidenceTable(graphCiting([late, middle], [early]));
    expect([0, 1, 2].map((row) => table.evidenceOf(row))).toEqual([early, middle, late]);
    expect([0, 1, 2].map((row) => table.sentenceOf(row))).toEqual([...table.rows()].map((row) => row.sentence));
  });

  it('gives each edge its rows in the order its evidence is listed, a copy taking the row of the evidence it equals', () => {
    const late = evidence('doc_1', 0, { date: '2025-12-01' });
    const early = evidence('doc_2', 50);
    const table = evidenceTable(graphCiting([late, early], [{ ...early }]));
    expect([table.rowOf(0, 0), table.rowOf(0, 1), table.rowOf(1, 0)]).toEqual([1, 0, 0]);
    expect(() => table.rowOf(1, 1)).toThrow(/no evidence at 1/);
  });

  it('refuses evidence no edge cites', () => {
    expect(() => evidenceTable(graphCiting([evidence('doc_1', 10)])).indexOf(evidence('doc_9', 1))).toThrow(/not in the table/);
  });
});
