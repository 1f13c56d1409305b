import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/domain/index.js';
import { checkRecord, pressReleaseDoubts } from '../../../src/parse/index.js';

const BODY = 'Trade Minister Yeo Han-koo met the European Commissioner for Trade in Brussels on Monday to review the free trade agreement and supply chains.';

const record = (overrides: Partial<RawDocument>): RawDocument => ({
  source: { file: 'in.txt', record: 2, line: 7 },
  title: 'Korea and the EU Review Their FTA',
  body: BODY,
  date: '2025-11-20',
  category: null,
  url: null,
  ...overrides,
});

describe('pressReleaseDoubts', () => {
  it.each([
    ['a dated release under a headline', {}],
    ['an undated release under a headline', { date: null }],
    ['a short notice under a headline', { body: 'Office closed on Friday.' }],
    ['a headline ending in U.S.', { title: 'Korea Signs a Supply Chain Pact with the U.S.', date: null }],
    ['a prose-like title on a dated, full body', { title: 'It was a dark and stormy night.' }],
  ])('does not doubt %s', (_label, overrides) => {
    expect(pressReleaseDoubts(record(overrides))).toEqual([]);
  });

  it.each([
    ['a first sentence taken as the title, and no date', { title: 'It was a dark and stormy night.', date: null }, 2],
    ['a paragraph as the title and a short body', { title: 'word '.repeat(60).trim(), body: 'Only a few words.' }, 2],
    ['prose with nothing of a release', { title: 'The rain fell in torrents.', date: null, body: 'The wind swept up the streets.' }, 3],
  ])('doubts %s', (_label, overrides, reasons) => {
    expect(pressReleaseDoubts(record(overrides))).toHaveLength(reasons);
  });
});

describe('checkRecord', () => {
  it('cuts a body over maxRecordChars at a space and warns RECORD_CLIPPED naming file, line and record', () => {
    const { document, issues } = checkRecord(record({ body: `${BODY} `.repeat(20) }), { maxRecordChars: 1_000 });
    expect(document.body.length).toBeLessThanOrEqual(1_000);
    expect(document.body.endsWith(' ')).toBe(false);
    expect(issues.map((i) => [i.code, i.severity, i.file, i.line])).toEqual([['RECORD_CLIPPED', 'warning', 'in.txt', 7]]);
    expect(issues[0]!.message).toContain('record 2');
  });

  it('warns NOT_A_PRESS_RELEASE and keeps the record', () => {
    const { document, issues } = checkRecord(record({ title: 'It was a dark and stormy night.', date: null }));
    expect(document.title).toBe('It was a dark and stormy night.');
    expect(issues.map((i) => i.code)).toEqual(['NOT_A_PRESS_RELEASE']);
  });

  it('leaves an ordinary release alone', () => {
    const input = record({});
    expect(checkRecord(input)).toEqual({ document: input, issues: [] });
  });
});
