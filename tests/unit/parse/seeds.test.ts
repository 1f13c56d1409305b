import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/parse/index.js';

const SEEDS = join(import.meta.dirname, '../../../seeds');

describe('readInputs on the seed dumps', async () => {
  const result = await readInputs([SEEDS]);

  it('reads 5 files and 44 records without an issue', () => {
    expect(result.issues).toEqual([]);
    expect(result.filesRead).toBe(5);
    expect(result.recordsSeen).toBe(44);
    expect(result.documents).toHaveLength(44);
  });

  it('dates every record and takes the marker out of the body', () => {
    expect(result.documents.every((d) => d.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(d.date))).toBe(true);
    expect(result.documents.some((d) => /\bdate\d/.test(d.body))).toBe(false);
  });

  it('finds the three seed categories on 20 records and no category elsewhere', () => {
    const counts: Record<string, number> = {};
    for (const d of result.documents) counts[String(d.category)] = (counts[String(d.category)] ?? 0) + 1;
    expect(counts).toEqual({ 'Trade/Investment': 9, Industry: 4, 'FTA/Economic Cooperation': 7, null: 24 });
  });

  it('keeps a body cut off mid-word as it is', () => {
    const stargate = result.documents.find((d) => d.title === 'Korea and the UAE to Jointly Advance the UAE Stargate Project');
    expect(stargate?.body.endsWith('bilatera')).toBe(true);
  });

  it('cites the file, record number and line of each record', () => {
    expect(result.documents[5]?.source).toEqual({ file: join(SEEDS, '000_15324bdf798e5a51.txt'), record: 6, line: 22 });
  });
});
