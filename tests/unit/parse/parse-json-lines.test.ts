import { describe, expect, it } from 'vitest';
import { parseJsonLines } from '../../../src/parse/index.js';

const row = (value: unknown): string => JSON.stringify(value);
const good = { title: 'Korea and UK Discuss Trade', body: 'They met in London.', date: '2025-10-02' };
const read = (text: string) => {
  const result = parseJsonLines(text, 'in.jsonl');
  return {
    docs: result.documents.map((d) => ({ title: d.title, body: d.body, date: d.date, category: d.category, url: d.url, line: d.source.line, record: d.source.record })),
    issues: result.issues.map((i) => `${i.severity} ${i.code} ${i.file}:${i.line ?? '-'}`),
    recordsSeen: result.recordsSeen,
  };
};

describe('parseJsonLines reads records', () => {
  it.each([
    ['all fields', { ...good, category: 'Trade', url: 'https://example.org/1' }, { title: good.title, body: good.body, date: '2025-10-02', category: 'Trade', url: 'https://example.org/1' }],
    ['an ISO timestamp as date, keeping its day', { ...good, date: '2025-10-02T09:00:00+09:00' }, { title: good.title, body: good.body, date: '2025-10-02', category: null, url: null }],
    ['a dump-style date marker at the end of the body', { title: good.title, body: 'They met. date2025-10-03' }, { title: good.title, body: 'They met.', date: '2025-10-03', category: null, url: null }],
    ['text needing cleaning', { ...good, title: ' Korea\u200B and UK ', body: 'They\tmet.\r\nAgain.' }, { title: 'Korea and UK', body: 'They met.\nAgain.', date: '2025-10-02', category: null, url: null }],
  ])('reads %s', (_name, value, expected) => {
    const { docs, issues } = read(row(value));
    expect(issues).toEqual([]);
    expect(docs).toEqual([{ ...expected, line: 1, record: 1 }]);
  });
});

describe('parseJsonLines reports bad lines and keeps reading', () => {
  it.each([
    ['invalid JSON', '{"title": "x", ', 'error BAD_JSON in.jsonl:1', 0],
    ['an array instead of an object', '[1, 2]', 'error BAD_JSON in.jsonl:1', 0],
    ['a missing title', row({ body: 'b', date: '2025-01-01' }), 'error NO_TITLE in.jsonl:1', 0],
    ['an empty body', row({ ...good, body: '  ' }), 'error NO_BODY in.jsonl:1', 0],
    ['a title that is not a string', row({ ...good, title: 42 }), 'error BAD_FIELD in.jsonl:1', 0],
    ['a url that is not a string', row({ ...good, url: 42 }), 'warning BAD_FIELD in.jsonl:1', 1],
    ['a javascript: url, which must never become a link', row({ ...good, url: 'javascript:alert(1)' }), 'warning BAD_FIELD in.jsonl:1', 1],
    ['a data: url', row({ ...good, url: 'data:text/html,<b>x</b>' }), 'warning BAD_FIELD in.jsonl:1', 1],
    ['a relative url', row({ ...good, url: '/releases/1' }), 'warning BAD_FIELD in.jsonl:1', 1],
    ['no date', row({ title: 't', body: 'b' }), 'warning NO_DATE in.jsonl:1', 1],
    ['a malformed date', row({ ...good, date: '2025-13-45' }), 'warning BAD_DATE in.jsonl:1', 1],
  ])('reports %s', (_name, line, issue, kept) => {
    const { docs, issues } = read(`${line}\n${row(good)}\n`);
    expect(issues).toEqual([issue]);
    expect(docs).toHaveLength(kept + 1);
    expect(docs.at(-1)?.line).toBe(2);
  });

  it('skips blank lines, strips a BOM and handles CRLF', () => {
    const { docs, issues, recordsSeen } = read(`\uFEFF${row(good)}\r\n\r\n  \r\n${row(good)}\r\n`);
    expect(issues).toEqual([]);
    expect(recordsSeen).toBe(2);
    expect(docs.map((d) => [d.record, d.line])).toEqual([[1, 1], [2, 4]]);
  });

  it('warns about an empty file', () => {
    expect(read('\n \n').issues).toEqual(['warning EMPTY_FILE in.jsonl:-']);
  });
});
