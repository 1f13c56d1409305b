import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runStart } from '../../../../src/cli/commands/start.js';
import { DEFAULT_CONFIG, type AppConfig } from '../../../../src/config/index.js';
import * as snapshotModule from '../../../../src/store/embedded/snapshot.js';
import { fixtureGraph } from '../../query/fixture-graph.js';
import { capturedIo } from '../support/captured-io.js';
import { makeTempFolder } from '../../../support/temp-folder.js';

vi.mock('../../../../src/store/embedded/snapshot.js', async (importOriginal) => {
  const original = await importOriginal<typeof snapshotModule>();
  return { ...original, readSnapshot: vi.fn(original.readSnapshot), streamSnapshot: vi.fn(original.streamSnapshot) };
});

const release = ['-', 'Trade', 'Minister Meets Counterpart', 'Trade Minister Hong Gil-dong met Jane Doe in Seoul on Monday, March 2. date2026-03-03', ''].join('\n');

let dir = '';
let inputs: string[] = [];
let config: AppConfig;
const readSnapshot = vi.mocked(snapshotModule.readSnapshot);
// serve fills its store straight from the file (streamSnapshot); either way counts as one whole read.
const streamSnapshot = vi.mocked(snapshotModule.streamSnapshot);

beforeEach(async () => {
  dir = await makeTempFolder('tg-start-');
  await mkdir(join(dir, 'releases'));
  await writeFile(join(dir, 'releases', 'a.txt'), release);
  inputs = [join(dir, 'releases')];
  config = { ...DEFAULT_CONFIG, logLevel: 'silent', port: 0, snapshotPath: join(dir, 'graph.json') };
  readSnapshot.mockClear();
  streamSnapshot.mockClear();
});

async function started(force = false) {
  return runStart(config, inputs, { force, io: capturedIo().io, server: { handleSignals: false, webDir: null } });
}

async function stats(url: string): Promise<{ nodes: number; build: { inputs: string[] } }> {
  return (await fetch(`${url}api/stats`)).json() as Promise<{ nodes: number; build: { inputs: string[] } }>;
}

describe('runStart (`tradegraph start`)', () => {
  it('builds a missing snapshot and serves the graph it built without reading the file back', async () => {
    const server = await started();
    try {
      expect((await stats(server.url)).nodes).toBeGreaterThan(0);
      expect(readSnapshot).not.toHaveBeenCalled();
      expect(streamSnapshot).not.toHaveBeenCalled();
    } finally {
      await server.close();
    }
  });

  it('reads an up-to-date snapshot exactly once before serving it', async () => {
    await (await started()).close();
    readSnapshot.mockClear();
    streamSnapshot.mockClear();
    const server = await started();
    try {
      expect((await stats(server.url)).build.inputs).toEqual(inputs);
      expect(readSnapshot.mock.calls.length + streamSnapshot.mock.calls.length).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('refuses a user’s snapshot built from other inputs and leaves it as it was', async () => {
    await snapshotModule.writeSnapshot(config.snapshotPath, fixtureGraph(), { inputs: ['/home/user/my-releases'], files: [], options: {} });
    const before = await readFile(config.snapshotPath);
    await expect(started()).rejects.toMatchObject({ code: 'SNAPSHOT_OTHER_INPUTS' });
    expect(await readFile(config.snapshotPath)).toEqual(before);
  });

  it('fails on a snapshot corrupt below its header, naming the line, and keeps the file', async () => {
    await (await started()).close();
    const lines = (await readFile(config.snapshotPath, 'utf8')).split('\n');
    lines[4] = '{"key":';
    await writeFile(config.snapshotPath, lines.join('\n'));
    const before = await readFile(config.snapshotPath);
    await expect(started()).rejects.toMatchObject({ code: 'SNAPSHOT_CORRUPT', message: expect.stringContaining('at line 5:') });
    expect(await readFile(config.snapshotPath)).toEqual(before);
  });

  it('replaces a corrupt snapshot under --force and serves the rebuilt graph', async () => {
    await writeFile(config.snapshotPath, 'garbage\n');
    const server = await started(true);
    try {
      expect((await stats(server.url)).nodes).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
