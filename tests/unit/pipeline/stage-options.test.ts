import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_OPTIONS } from '../../../src/domain/index.js';
import { loadDocuments } from '../../../src/pipeline/index.js';

const BODY =
  'The trade ministry announced on Monday that exports of semiconductors, batteries and ships rose for the third month in a row, ' +
  'led by strong demand from partners in Southeast Asia and North America. Officials said that shipments of memory chips grew ' +
  'faster than expected, while exports of steel and petrochemicals fell slightly because of lower prices. The ministry will ' +
  'hold a meeting with exporters next week to discuss support for small and medium firms facing higher shipping costs.';

describe('the pipeline passes the dedupe options to dedupe', () => {
  let folder: string;
  let file: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'tradegraph-stages-'));
    file = join(folder, 'releases.jsonl');
    // One article under two titles on one day, the second copy with one sentence reworded.
    const reworded = BODY.replace('fell slightly because of lower prices', 'declined a little as prices went down');
    writeFileSync(
      file,
      [
        { title: 'Exports Rise for a Third Month', body: BODY, date: '2024-03-04' },
        { title: 'Exports Grow Again in February', body: reworded, date: '2024-03-04' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('merges the near-duplicate under the default threshold and keeps it apart under a stricter one', async () => {
    const merged = await loadDocuments([file]);
    expect(merged.dedupe.documents).toHaveLength(1);
    expect(merged.dedupe.report.merged[0]?.reason).toBe('near-duplicate');
    const strict = await loadDocuments([file], { stages: { ...DEFAULT_STAGE_OPTIONS, dedupe: { ...DEFAULT_STAGE_OPTIONS.dedupe, nearDuplicate: 0.99 } } });
    expect(strict.dedupe.documents).toHaveLength(2);
  });
});
