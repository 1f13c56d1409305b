import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ensureSnapshot, planSnapshot } from '../../../src/cli/ensure-snapshot.js';
import { readSnapshot, readSnapshotHeader, writeSnapshot } from '../../../src/store/embedded/index.js';
import { fixtureGraph } from '../query/fixture-graph.js';
import { failure } from '../support/failure.js';
import { makeTempFolder } from '../../support/temp-folder.js';

const release = (who: string) =>
  ['-', 'Trade', 'Minister Meets Counterpart', `Trade Minister Hong Gil-dong met ${who} in Seoul on Monday, March 2. date2026-03-03`, ''].join('\n');

let dir = '';
let inputs: string[] = [];
let snapshot = '';
const quiet = () => undefined;

beforeEach(async () => {
  dir = await makeTempFolder('tg-ensure-');
  await mkdir(join(dir, 'releases'));
  await writeFile(join(dir, 'releases', 'a.txt'), release('Jane Doe'));
  inputs = [join(dir, 'releases')];
  snapshot = join(dir, 'graph.json');
});

/** A user's own graph, built from their own releases: what the data-loss paths destroyed. */
async function usersGraph(): Promise<Buffer> {
  await writeSnapshot(snapshot, fixtureGraph(), { inputs: ['/home/user/my-releases'], files: [], options: {} });
  return readFile(snapshot);
}

describe('ensureSnapshot (what `start` does before serving)', () => {
  it('builds a missing snapshot, recording each input file with its sha256 and the build options', async () => {
    const result = await ensureSnapshot(snapshot, inputs, quiet);
    expect(result.built).toBe(true);
    const header = await readSnapshotHeader(snapshot);
    const sha256 = createHash('sha256').update(await readFile(join(dir, 'releases', 'a.txt'))).digest('hex');
    expect(header.files).toEqual([{ path: join(dir, 'releases', 'a.txt'), bytes: release('Jane Doe').length, sha256 }]);
    expect(header.options).toEqual({});
    expect(result.built && result.graph.nodes.length).toBe((await readSnapshot(snapshot)).graph.nodes.length);
  });

  it('leaves a snapshot whose inputs did not change alone, byte for byte', async () => {
    await ensureSnapshot(snapshot, inputs, quiet);
    const before = await readFile(snapshot);
    const mtime = (await stat(snapshot)).mtimeMs;
    expect(await ensureSnapshot(snapshot, inputs, quiet)).toEqual({ built: false });
    expect(await readFile(snapshot)).toEqual(before);
    expect((await stat(snapshot)).mtimeMs).toBe(mtime);
  });

  it.each([
    ['touched later (git pull, an editor saving the same text)', async (file: string) => utimes(file, new Date(Date.now() + 3_600_000), new Date(Date.now() + 3_600_000))],
    ['rewritten with the same content', async (file: string) => writeFile(file, await readFile(file))],
    ['copied over with its times kept (cp -p, rsync -a)', async (file: string) => {
      const copy = `${file}.copy`;
      await cp(file, copy, { preserveTimestamps: true });
      await cp(copy, file, { preserveTimestamps: true });
    }],
  ])('does not rebuild when an input is %s', async (_what, change) => {
    await ensureSnapshot(snapshot, inputs, quiet);
    const before = await readFile(snapshot);
    await change(join(dir, 'releases', 'a.txt'));
    expect(await planSnapshot(snapshot, inputs)).toEqual({ build: false });
    expect(await readFile(snapshot)).toEqual(before);
  });

  it.each([
    ['an input’s content changed', async () => writeFile(join(dir, 'releases', 'a.txt'), release('John Roe')), /a\.txt changed/],
    ['an input was added', async () => writeFile(join(dir, 'releases', 'b.txt'), release('John Roe')), /b\.txt is new/],
  ])('rebuilds when %s, saying which', async (_what, change, reason) => {
    await ensureSnapshot(snapshot, inputs, quiet);
    await change();
    const plan = await planSnapshot(snapshot, inputs);
    expect(plan.build).toBe(true);
    expect(plan.build && plan.reason).toMatch(reason);
    expect((await ensureSnapshot(snapshot, inputs, quiet)).built).toBe(true);
    expect(await planSnapshot(snapshot, inputs)).toEqual({ build: false });
  });

  it('keeps the previous snapshot when the rebuild fails', async () => {
    await ensureSnapshot(snapshot, inputs, quiet);
    const before = await readFile(snapshot);
    await writeFile(join(dir, 'releases', 'a.txt'), '');
    expect((await failure(ensureSnapshot(snapshot, inputs, quiet))).code).toBe('NO_DOCUMENTS');
    expect(await readFile(snapshot)).toEqual(before);
  });
});

describe('ensureSnapshot never loses a user’s graph', () => {
  it('refuses to replace a snapshot built from other inputs, even when its inputs look newer', async () => {
    const before = await usersGraph();
    const past = new Date('2020-01-01');
    await utimes(snapshot, past, past);
    const { code, message } = await failure(ensureSnapshot(snapshot, inputs, quiet));
    expect(code).toBe('SNAPSHOT_OTHER_INPUTS');
    expect(message).toContain(snapshot);
    expect(message).toContain('/home/user/my-releases');
    expect(message).toContain('--force');
    expect(await readFile(snapshot)).toEqual(before);
  });

  it('replaces it under --force', async () => {
    await usersGraph();
    expect((await ensureSnapshot(snapshot, inputs, quiet, { force: true })).built).toBe(true);
    expect((await readSnapshotHeader(snapshot)).inputs).toEqual(inputs);
  });

  it('refuses to replace a snapshot built with other options', async () => {
    await writeSnapshot(snapshot, fixtureGraph(), { inputs, files: [], options: { threshold: 0.9 } });
    const before = await readFile(snapshot);
    expect((await failure(ensureSnapshot(snapshot, inputs, quiet))).code).toBe('SNAPSHOT_OTHER_OPTIONS');
    expect(await readFile(snapshot)).toEqual(before);
  });

  it.each([
    ['garbage', 'not a snapshot at all\n'],
    ['a cut header', '{"format":"tradegraph-snapshot","formatVer'],
    ['an empty file', ''],
  ])('reports a corrupt snapshot (%s) naming the file and keeps it byte for byte', async (_what, content) => {
    await writeFile(snapshot, content);
    const { code, message } = await failure(ensureSnapshot(snapshot, inputs, quiet));
    expect(code).toBe('SNAPSHOT_CORRUPT');
    expect(message).toContain(snapshot);
    expect(await readFile(snapshot, 'utf8')).toBe(content);
  });

  it('names line 1 when the header is what is broken', async () => {
    await writeFile(snapshot, '{"format":"tradegraph-snapshot","formatVer\n');
    expect((await failure(ensureSnapshot(snapshot, inputs, quiet))).message).toContain('at line 1:');
  });

  it('rebuilds an unreadable snapshot only under --force', async () => {
    await writeFile(snapshot, 'not a snapshot at all\n');
    expect((await ensureSnapshot(snapshot, inputs, quiet, { force: true })).built).toBe(true);
    expect((await readSnapshotHeader(snapshot)).inputs).toEqual(inputs);
  });

  it('serves a snapshot that records no input hashes (an earlier version’s) as it is', async () => {
    const legacy = `{"attributes":{"counts":{"edges":0,"edgesByType":{},"nodes":0,"nodesByLabel":{}},"inputs":${JSON.stringify(inputs)},"schemaVersion":1},\n"options":{"allowSelfLoops":true,"multi":true,"type":"directed"},\n"nodes":[],\n"edges":[]}\n`;
    await writeFile(snapshot, legacy);
    await utimes(snapshot, new Date('2020-01-01'), new Date('2020-01-01'));
    const lines: string[] = [];
    expect(await ensureSnapshot(snapshot, inputs, (line) => lines.push(line))).toEqual({ built: false });
    expect(lines.join('\n')).toMatch(/--force/);
    expect(await readFile(snapshot, 'utf8')).toBe(legacy);
  });
});
