import { mkdtemp, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSnapshot, snapshotStaleness } from '../../../src/cli/ensure-snapshot.js';
import { loadConfig } from '../../../src/config/index.js';

const RELEASE = ['-', 'Trade', 'Minister Meets Counterpart', 'Trade Minister Hong Gil-dong met Jane Doe in Seoul on Monday, March 2. date2026-03-03', ''].join('\n');

describe('ensureSnapshot', () => {
  let dir = '';
  let input = '';
  let snapshot = '';
  const log: string[] = [];
  const config = () => loadConfig({ LOG_LEVEL: 'silent' }, { snapshotPath: snapshot });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tg-ensure-'));
    input = join(dir, 'releases.txt');
    snapshot = join(dir, 'graph.json');
    await writeFile(input, RELEASE);
  });

  it('builds the snapshot when it does not exist', async () => {
    expect(await snapshotStaleness(snapshot, [input])).toBe('it does not exist');
    expect(await ensureSnapshot(config(), [input], (line) => log.push(line))).toBe(true);
    expect(JSON.parse(await readFile(snapshot, 'utf8')).nodes.length).toBeGreaterThan(0);
  });

  it('serves a snapshot newer than its inputs as it is', async () => {
    expect(await snapshotStaleness(snapshot, [input])).toBeNull();
    const before = (await stat(snapshot)).mtimeMs;
    expect(await ensureSnapshot(config(), [input], () => undefined)).toBe(false);
    expect((await stat(snapshot)).mtimeMs).toBe(before);
  });

  it('rebuilds when an input is newer than the snapshot', async () => {
    const later = new Date(Date.now() + 60_000);
    await utimes(input, later, later);
    expect(await snapshotStaleness(snapshot, [input])).toBe('an input is newer');
    expect(await ensureSnapshot(config(), [input], () => undefined)).toBe(true);
  });

  it('rebuilds a corrupt snapshot instead of failing to serve', async () => {
    const earlier = new Date(Date.now() - 60_000);
    await utimes(input, earlier, earlier);
    await writeFile(snapshot, '{"nodes": [');
    expect(await snapshotStaleness(snapshot, [input])).toMatch(/SNAPSHOT_CORRUPT/);
    expect(await ensureSnapshot(config(), [input], () => undefined)).toBe(true);
    expect(await snapshotStaleness(snapshot, [input])).toBeNull();
  });
});
