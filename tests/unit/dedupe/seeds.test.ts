import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dedupe, duplicatesMerged } from '../../../src/dedupe/index.js';
import { readInputs } from '../../../src/parse/index.js';

const SEEDS = join(import.meta.dirname, '../../../seeds');

describe('dedupe on the seed dumps', async () => {
  const { documents: records } = await readInputs([SEEDS]);
  const { documents, report } = dedupe(records);
  const name = (ref: { file: string; record: number }): string => `${ref.file.slice(SEEDS.length + 1, SEEDS.length + 4)}#${ref.record}`;

  it('turns 44 records into 39 documents by merging 5 duplicates', () => {
    expect(records).toHaveLength(44);
    expect(documents).toHaveLength(39);
    expect(duplicatesMerged(report)).toBe(5);
  });

  it('merges the five articles dumps 000 and 001 share, keeping the copy with a category', () => {
    expect(report.merged.map((g) => [g.title, g.reason, g.sources.map(name)])).toEqual([
      ['Graphene Square Opens Pohang Plant, Advancing Graphene Commercialization and Regional Growth', 'exact', ['000#10', '001#5']],
      ['Korea and the UAE to Jointly Advance the UAE Stargate Project', 'exact', ['000#7', '001#2']],
      ['Korea and the UAE Establish CEPA Economic Cooperation Committee and Sign MOU to Accelerate Nuclear Export Cooperation', 'exact', ['000#8', '001#3']],
      ['MOTIR Holds 2025 World Class Product Certification Ceremony', 'exact', ['000#9', '001#4']],
      ['Korea to Develop its Own NTE Report', 'exact', ['000#6', '001#1']],
    ]);
    for (const group of report.merged) expect(documents.find((d) => d.id === group.documentId)?.category).not.toBeNull();
  });

  it('keeps apart the two Amkor articles and the two record-export releases', () => {
    const titles = documents.map((d) => d.title);
    expect(titles).toEqual(expect.arrayContaining([
      'Groundbreaking Ceremony for Amkor Korea’s New Test Facility in Incheon',
      'Amkor Korea Launches Investment in High-Tech Semiconductor Packaging and Testing',
      'Korea’s Exports Hit Record High in September',
      'Korea’s Exports Hit Record High in November',
    ]));
  });

  it('gives every document a distinct id and the same ids and order for reversed input', () => {
    expect(new Set(documents.map((d) => d.id)).size).toBe(39);
    expect(dedupe([...records].reverse()).documents.map((d) => d.id)).toEqual(documents.map((d) => d.id));
  });
});
