import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/parse/index.js';

const EXAMPLES = join(import.meta.dirname, '../../../docs/examples');

describe('the example files of docs/input-formats.md', () => {
  it('read as four releases with no issue, keeping the documented fields', async () => {
    const result = await readInputs([EXAMPLES]);
    expect(result.issues).toEqual([]);
    expect(result.documents.map((d) => [d.title, d.date, d.category])).toEqual([
      ['Korea and Peru Sign an MOU on Critical Minerals', '2025-09-03', 'Trade/Investment'],
      ['Korea and Vietnam Discuss Supply Chains', '2025-09-04', null],
      ['Korea and Chile Review Their FTA', '2025-09-01', 'Trade/Investment'],
      ['Korea to Host the APEC Trade Ministers', '2025-09-02', null],
    ]);
    expect(result.documents[0]!.url).toBe('https://example.org/releases/peru-mou');
    expect(result.documents[2]!.body).toContain('Seoul.\n\nThey also');
  });
});
