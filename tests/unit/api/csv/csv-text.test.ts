import { describe, expect, it } from 'vitest';
import { csvField, csvText, UTF8_BOM } from '../../../../src/api/csv/index.js';
import { parseCsv } from '../../../support/parse-csv.js';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['Trade, Industry', '"Trade, Industry"'],
    ['said "yes"', '"said ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    ['a\r\nb', '"a\r\nb"'],
    ['Šefčovič 여한구', 'Šefčovič 여한구'],
    ['2025-10-02', '2025-10-02'],
  ])('writes %j as %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it.each([['=HYPERLINK("http://x")'], ['+1'], ['-2+3'], ['@SUM(A1)'], ['\tlead'], ['\rlead']])('neutralises the formula start of %j with a quote mark', (value) => {
    const [[read]] = parseCsv(`${csvField(value)}\r\n`) as [[string]];
    expect(read).toBe(`'${value}`);
  });
});

describe('csvText', () => {
  it('starts with the UTF-8 BOM and ends every record with CRLF', () => {
    expect(csvText(['a', 'b'], [['1', '2']])).toBe(`${UTF8_BOM}a,b\r\n1,2\r\n`);
    expect(csvText(['a'], [], { bom: false })).toBe('a\r\n');
  });

  it('reads back as the same header and rows', () => {
    const rows = [
      ['Minister for Trade', 'Kim, "JK"'],
      ['line\nbreak', '=1+1'],
      ['', 'ä'],
    ];
    expect(parseCsv(csvText(['title', 'holder'], rows))).toEqual([['title', 'holder'], rows[0], ['line\nbreak', "'=1+1"], rows[2]]);
  });
});
