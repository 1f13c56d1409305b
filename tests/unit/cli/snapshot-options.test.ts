import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSnapshot, planSnapshot } from '../../../src/cli/ensure-snapshot.js';
import { DEFAULT_CONFIG } from '../../../src/config/index.js';
import { SnapshotError } from '../../../src/domain/index.js';
import { readSnapshotHeader } from '../../../src/store/index.js';
import { JAPAN, JAPAN_RELEASES } from '../pipeline/japan-releases.js';

describe('a snapshot built for another home country', () => {
  const japan = { ...DEFAULT_CONFIG, workers: 1, stages: { ...DEFAULT_CONFIG.stages, homeCountry: JAPAN } };
  let folder: string;
  let input: string;
  let snapshot: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tradegraph-snapshot-options-'));
    input = join(folder, 'releases.jsonl');
    snapshot = join(folder, 'graph.json');
    writeFileSync(input, `${JAPAN_RELEASES.map((r) => JSON.stringify(r)).join('\n')}\n`);
    await ensureSnapshot(snapshot, [input], () => undefined, { config: japan });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('records the home country among its build options', async () => {
    expect((await readSnapshotHeader(snapshot)).options).toEqual({ homeCountry: JAPAN });
  });

  it('is served as it is under the same options', async () => {
    expect(await planSnapshot(snapshot, [input], { config: japan })).toEqual({ build: false });
  });

  it('is neither served nor replaced under the default (Korean) options: SNAPSHOT_OTHER_OPTIONS', async () => {
    const refused = await planSnapshot(snapshot, [input]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SnapshotError);
    expect((refused as SnapshotError).code).toBe('SNAPSHOT_OTHER_OPTIONS');
  });
});
