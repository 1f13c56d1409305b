import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/domain/index.js';
import { dedupe, duplicatesMerged } from '../../../src/dedupe/index.js';
import { BODY_A, BODY_B, raw } from './raw-document.js';

const truncated = (body: string, words: number): string => body.split(' ').slice(0, words).join(' ');
const reworded = BODY_A.replace('on Monday', 'on Tuesday').replace('two economies', 'two partners');

describe('dedupe merges copies of one article', () => {
  it.each<[string, RawDocument[], string]>([
    ['exact copies', [raw(), raw()], 'exact'],
    ['copies differing only in case, spacing and punctuation of the title', [raw(), raw({ title: 'KOREA AND THE EU  REVIEW THEIR FTA!' })], 'exact'],
    ['a copy with and one without a category', [raw({ category: 'Trade/Investment' }), raw()], 'exact'],
    ['a copy truncated mid-word, same title and date', [raw(), raw({ body: `${truncated(BODY_A, 20)} semicond` })], 'same-title-date'],
    ['a very short truncated copy, same title and date', [raw(), raw({ body: truncated(BODY_A, 3) })], 'same-title-date'],
    ['an undated copy of a dated article with the same title', [raw(), raw({ date: null, body: truncated(BODY_A, 25) })], 'same-title-date'],
    ['a retitled copy on the same date', [raw(), raw({ title: 'Minister Yeo Meets EU Trade Commissioner' })], 'near-duplicate'],
    ['a retitled and truncated copy on the same date', [raw(), raw({ title: 'Yeo in Brussels', body: truncated(BODY_A, 30) })], 'near-duplicate'],
    ['a retitled copy with small edits on the same date', [raw(), raw({ title: 'Yeo in Brussels', body: reworded })], 'near-duplicate'],
  ])('merges %s', (_name, records, reason) => {
    const { documents, report } = dedupe(records);
    expect(documents).toHaveLength(1);
    expect(report.merged).toHaveLength(1);
    expect(report.merged[0]?.reason).toBe(reason);
    expect(report.merged[0]?.sources).toEqual(records.map((r) => r.source));
    expect(duplicatesMerged(report)).toBe(records.length - 1);
  });
});

describe('dedupe keeps different articles apart', () => {
  it.each<[string, RawDocument[]]>([
    ['two articles on the same date', [raw(), raw({ title: 'Korea and Uzbekistan Sign MOU', body: BODY_B })]],
    ['two articles sharing a generic title and a date', [raw({ title: 'Press Release' }), raw({ title: 'Press Release', body: BODY_B })]],
    ['two articles sharing a generic title on different dates', [raw({ title: 'Press Release' }), raw({ title: 'Press Release', body: BODY_B, date: '2025-11-21' })]],
    ['the same text under another title on another date (a follow-up)', [raw(), raw({ title: 'Korea and the EU Review Their FTA Again', date: '2025-12-20' })]],
    ['the same title on different dates (a monthly release)', [raw(), raw({ date: '2025-12-20' })]],
    ['a body sharing only a sentence with another on the same date', [raw(), raw({ title: 'Other', body: `${truncated(BODY_A, 12)} ${BODY_B}` })]],
    ['two tiny bodies on the same date under different titles', [raw({ body: 'Details follow.' }), raw({ title: 'Other', body: 'Details follow.' })]],
  ])('keeps apart %s', (_name, records) => {
    const { documents, report } = dedupe(records);
    expect(documents).toHaveLength(2);
    expect(report.merged).toEqual([]);
    expect(new Set(documents.map((d) => d.id)).size).toBe(2);
  });

  it('does not let a fragment contained in two articles of one date chain them together', () => {
    const opening = truncated(BODY_A, 30);
    const first = raw({ title: 'First Article', body: `${opening} ${BODY_B} ${BODY_B.replace(/Korean/g, 'domestic')}` });
    const second = raw({ title: 'Second Article', body: `${opening} ${BODY_A.split(' ').reverse().join(' ')} ${reworded.split(' ').reverse().join(' ')}` });
    const fragment = raw({ title: 'First Article', body: opening });
    const { documents } = dedupe([first, second, fragment]);
    expect(documents.map((d) => [d.title, d.sources.length]).sort()).toEqual([['First Article', 2], ['Second Article', 1]]);
  });

  it('does not let an undated copy chain two articles of different dates together', () => {
    const { documents } = dedupe([raw({ date: '2025-11-20' }), raw({ date: null }), raw({ date: '2025-12-20' })]);
    expect(documents.map((d) => [d.date, d.sources.length])).toEqual([['2025-11-20', 2], ['2025-12-20', 1]]);
  });
});

describe('dedupe builds each merged Document from its fullest copy', () => {
  const short = raw({ title: 'Short Copy Title Variant', body: truncated(BODY_A, 30), category: 'Trade/Investment', url: 'https://example.org/a' });
  const full = raw();

  it('keeps the longest body and its title, and takes category and url from the copy that has them', () => {
    const [document] = dedupe([short, full]).documents;
    expect(document).toMatchObject({ title: full.title, body: BODY_A, category: 'Trade/Investment', url: 'https://example.org/a', date: '2025-11-20' });
    expect(document?.sources).toEqual([short.source, full.source]);
  });

  it('reports the kept source and how much of the other copy it contains', () => {
    const [group] = dedupe([short, full]).report.merged;
    expect(group?.kept).toEqual(full.source);
    expect(group?.similarity).toBe(1);
  });

  it('gives the same id whichever order the copies come in', () => {
    expect(dedupe([short, full]).documents[0]?.id).toBe(dedupe([full, short]).documents[0]?.id);
  });

  it('gives the same id whichever copy is the fullest', () => {
    const fullerShort = { ...short, body: `${BODY_A} More text added later by the ministry.` };
    expect(dedupe([short, full]).documents[0]?.id).toBe(dedupe([fullerShort, full]).documents[0]?.id);
  });
});

describe('dedupe output order', () => {
  it('sorts documents by date, undated last, then by id', () => {
    const { documents } = dedupe([raw({ date: null, title: 'C' }), raw({ date: '2025-12-01', title: 'B', body: BODY_B }), raw({ date: '2025-01-01', title: 'A' })]);
    expect(documents.map((d) => d.date)).toEqual(['2025-01-01', '2025-12-01', null]);
  });

  it('returns nothing for no records', () => {
    expect(dedupe([])).toEqual({ documents: [], report: { merged: [] } });
  });
});

describe('dedupe on a dump repeating one release thousands of times', () => {
  it('merges every exact copy into one document without comparing each pair, keeping a different article apart', () => {
    const copies = Array.from({ length: 5_000 }, () => raw());
    const other = raw({ title: 'Korea and Uzbekistan Align Standards', body: BODY_B });
    const result = dedupe([...copies, other]);
    expect(result.documents).toHaveLength(2);
    expect(result.report.merged).toHaveLength(1);
    expect(result.report.merged[0]!.reason).toBe('exact');
    expect(duplicatesMerged(result.report)).toBe(4_999);
  });
});
