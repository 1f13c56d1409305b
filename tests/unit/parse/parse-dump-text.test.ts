import { describe, expect, it } from 'vitest';
import { parseDumpText } from '../../../src/parse/index.js';

const BODY = 'The Ministry met the delegation in Seoul on Monday.';
const dated = (body = BODY, date = '2025-11-20'): string => `${body} date${date}`;
const lines = (...rows: string[]): string => rows.join('\n');
const summary = (text: string | Uint8Array) => {
  const result = parseDumpText(text, 'in.txt');
  return {
    docs: result.documents.map((d) => ({ title: d.title, body: d.body, date: d.date, category: d.category, line: d.source.line, record: d.source.record })),
    issues: result.issues.map((i) => `${i.severity} ${i.code} ${i.file}:${i.line ?? '-'}`),
    recordsSeen: result.recordsSeen,
  };
};

describe('parseDumpText reads well-formed records', () => {
  it.each([
    ['a record with a category line', lines('-', 'Trade/Investment', 'Korea Sets Record', dated()), { title: 'Korea Sets Record', category: 'Trade/Investment', date: '2025-11-20', body: BODY, line: 2 }],
    ['a record without a category line', lines('-', 'Korea to Develop its Own NTE Report', dated()), { title: 'Korea to Develop its Own NTE Report', category: null, date: '2025-11-20', body: BODY, line: 2 }],
    ['a category never seen in the seeds', lines('Energy', 'Korea Opens Hydrogen Plant', dated()), { title: 'Korea Opens Hydrogen Plant', category: 'Energy', date: '2025-11-20', body: BODY, line: 1 }],
    ['a multi-word category with a joiner', lines('Science and Technology', 'Korea Opens Lab', dated()), { title: 'Korea Opens Lab', category: 'Science and Technology', date: '2025-11-20', body: BODY, line: 1 }],
    ['a body cut off mid-word before the marker', lines('Korea and the UAE', 'They agreed to expand bilatera date2025-11-19'), { title: 'Korea and the UAE', category: null, date: '2025-11-19', body: 'They agreed to expand bilatera', line: 1 }],
    ['a hard-wrapped body, joined with spaces', lines('The title', 'First half of', 'the sentence. date2025-01-02'), { title: 'The title', category: null, date: '2025-01-02', body: 'First half of the sentence.', line: 1 }],
    ['a body of two paragraphs, kept apart by one blank line', lines('The title', 'One.', '', '', 'Two. date2025-01-02'), { title: 'The title', category: null, date: '2025-01-02', body: 'One.\n\nTwo.', line: 1 }],
    ['a date marker on its own line', lines('The title', 'Body text.', 'date2025-01-02'), { title: 'The title', category: null, date: '2025-01-02', body: 'Body text.', line: 1 }],
    ['blank lines between category, title and body', lines('Industry', '', 'Korea Sets Record', '', dated()), { title: 'Korea Sets Record', category: 'Industry', date: '2025-11-20', body: BODY, line: 1 }],
    ['doubled CR line ends (CR CR LF)', `Industry\r\r\nKorea Sets Record\r\r\n${dated()}\r\r\n`, { title: 'Korea Sets Record', category: 'Industry', date: '2025-11-20', body: BODY, line: 1 }],
    ['a title ending in a question mark between a category and a body', lines('Trade/Investment', 'Is Korea Ready for the CPTPP?', dated()), { title: 'Is Korea Ready for the CPTPP?', category: 'Trade/Investment', date: '2025-11-20', body: BODY, line: 1 }],
    ['a category-shaped title followed directly by a dated body', lines('Industry', dated()), { title: 'Industry', category: null, date: '2025-11-20', body: BODY, line: 1 }],
  ])('reads %s', (_name, text, expected) => {
    const { docs, issues } = summary(text);
    expect(issues).toEqual([]);
    expect(docs).toEqual([{ ...expected, record: 1 }]);
  });
});

describe('parseDumpText splits records only at a line holding just `-`', () => {
  it.each([
    ['a `-` line inside a body splits it', lines('First title', 'Body one.', '-', 'Second title', dated()), ['First title', 'Second title']],
    ['a ` - ` line with spaces is a separator once trimmed', lines('First title', dated(), ' - ', 'Second title', dated()), ['First title', 'Second title']],
    ['`--` is not a separator', lines('First title', 'Body', '--', dated()), ['First title']],
    ['an em dash is not a separator', lines('First title', 'Body', '—', dated()), ['First title']],
    ['a line starting with `- ` is body text', lines('First title', '- a bullet', dated()), ['First title']],
  ])('%s', (_name, text, titles) => {
    expect(summary(text).docs.map((d) => d.title)).toEqual(titles);
  });

  it('keeps the body lines around a `--` line in the body', () => {
    expect(summary(lines('First title', 'Body', '--', dated('end'))).docs[0]?.body).toBe('Body -- end');
  });
});

describe('parseDumpText tolerates damaged input and reports it', () => {
  it.each([
    ['CRLF line ends', `-\r\nIndustry\r\nT One\r\n${dated()}\r\n`, 1, []],
    ['a lone CR as line end', `T One\r${dated()}`, 1, []],
    ['a byte order mark', `\uFEFF-\nT One\n${dated()}`, 1, []],
    ['trailing blanks and whitespace', `-\nT One   \n${dated()}\t \n\n   \n`, 1, []],
    ['leading and trailing separators', lines('-', '-', 'First title', dated(), '-'), 1, ['warning EMPTY_RECORD in.txt:2']],
    ['two separators in a row', lines('First title', dated(), '-', '-', 'Second title', dated()), 2, ['warning EMPTY_RECORD in.txt:4']],
    ['a separator followed only by blank lines', lines('First title', dated(), '-', '', '  ', '-', 'Second title', dated()), 2, ['warning EMPTY_RECORD in.txt:6']],
    ['a record with no date marker', lines('First title', 'Body without a date.'), 1, ['warning NO_DATE in.txt:2']],
    ['a malformed date', lines('First title', dated(BODY, '2025-13-45')), 1, ['warning BAD_DATE in.txt:2']],
    ['an impossible day', lines('First title', dated(BODY, '2025-02-29')), 1, ['warning BAD_DATE in.txt:2']],
    ['a truncated date marker', lines('First title', 'Body. date2025-11-'), 1, ['warning BAD_DATE in.txt:2']],
    ['a record with no body', lines('First title', dated(), '-', 'Lonely title'), 1, ['error NO_BODY in.txt:4']],
    ['a record with a category and title but no body', lines('Industry', 'Lonely title', '-', 'First title', dated()), 1, ['error NO_BODY in.txt:2']],
    ['a record whose body is only the date marker', lines('Lonely title', 'date2025-11-20'), 0, ['error NO_BODY in.txt:1']],
    ['a record of one dated line (a body without a title)', lines('First title', dated(), '-', dated()), 1, ['error NO_TITLE in.txt:4']],
    ['an empty file', '', 0, ['warning EMPTY_FILE in.txt:-']],
    ['a file of separators only', lines('-', '-', ''), 0, ['warning EMPTY_RECORD in.txt:2', 'warning EMPTY_FILE in.txt:-']],
    ['NUL bytes (a binary file)', `T One\n${dated()}\u0000`, 0, ['error BINARY_FILE in.txt:-']],
  ])('survives %s', (_name, text, documents, issues) => {
    const result = summary(text);
    expect(result.docs).toHaveLength(documents);
    expect([...result.issues].sort()).toEqual([...issues].sort());
  });

  it('keeps a record with a bad date, without a date, and reads the good records around it', () => {
    const { docs } = summary(lines('First title', dated(BODY, '2025-13-45'), '-', 'Second title', dated()));
    expect(docs.map((d) => [d.title, d.date])).toEqual([['First title', null], ['Second title', '2025-11-20']]);
  });

  it('reads a category-shaped line followed by one undated sentence as title and body', () => {
    const { docs, issues } = summary(lines('Industry', 'Details follow.'));
    expect(docs.map((d) => [d.category, d.title, d.body])).toEqual([[null, 'Industry', 'Details follow.']]);
    expect(issues).toEqual(['warning NO_DATE in.txt:2']);
  });

  it('counts skipped records in recordsSeen but not empty ones', () => {
    expect(summary(lines('-', 'First title', dated(), '-', '-', 'Lonely title', '-')).recordsSeen).toBe(2);
  });

  it('numbers records from 1 within the file and cites the line each starts on', () => {
    const { docs } = summary(lines('-', 'Energy', 'First title', dated(), '-', '', 'Second title', dated()));
    expect(docs.map((d) => [d.record, d.line])).toEqual([[1, 2], [2, 7]]);
  });
});

describe('parseDumpText cleans text', () => {
  it.each([
    ['decomposed accents to NFC', 'Mon Sefc\u030Covic', 'Mon Sefčovic'],
    ['zero-width spaces and joiners removed', 'Ko\u200Brea\u200D Exports', 'Korea Exports'],
    ['control characters removed', 'Korea\u0007 Exports\u001B', 'Korea Exports'],
    ['tabs and no-break spaces become single spaces', 'Korea\t\u00A0 Exports', 'Korea Exports'],
    ['a lone surrogate replaced', 'Korea \uD800Exports', 'Korea \uFFFDExports'],
    ['a surrogate pair kept', 'Korea \uD83D\uDE00', 'Korea \uD83D\uDE00'],
  ])('has %s', (_name, title, expected) => {
    expect(summary(lines(title, dated())).docs[0]?.title).toBe(expected);
  });
});

describe('parseDumpText on invalid UTF-8', () => {
  const encode = (text: string): number[] => [...new TextEncoder().encode(text)];
  const bytes = new Uint8Array([...encode('T One\nBody. date2025-01-01\n-\nT Two\nBo'), 0xff, 0xfe, ...encode('dy. date2025-01-02\n')]);

  it('replaces the bad bytes, keeps the record and names the line of the first bad byte', () => {
    const { docs, issues } = summary(bytes);
    expect(issues).toEqual(['warning INVALID_UTF8 in.txt:5']);
    expect(docs.map((d) => d.body)).toEqual(['Body.', 'Bo\uFFFD\uFFFDdy.']);
  });
});
