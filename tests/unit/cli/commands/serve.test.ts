import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../../src/cli/commands/serve.js';
import { DEFAULT_CONFIG } from '../../../../src/config/index.js';
import { writeSnapshot } from '../../../../src/store/index.js';
import { fixtureGraph } from '../../query/fixture-graph.js';
import { capturedIo } from '../support/captured-io.js';
import { tradegraph } from '../support/run-tradegraph.js';
import { makeTempFolder } from '../../../support/temp-folder.js';

describe('startServer', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tradegraph-serve-'));
    await writeSnapshot(join(dir, 'graph.json'), fixtureGraph(), { inputs: ['fixture'], builtAt: '2025-10-01T00:00:00.000Z' });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves the snapshot on the asked port, prints the URL and reports the build', async () => {
    const { io, out } = capturedIo();
    const config = { ...DEFAULT_CONFIG, logLevel: 'silent' as const, port: 0, snapshotPath: join(dir, 'graph.json') };
    const server = await startServer(config, { handleSignals: false, webDir: null, io });
    try {
      expect(out()).toBe(`tradegraph: serving the embedded graph at ${server.url}\n`);
      const stats = await (await fetch(`${server.url}api/stats`)).json();
      expect(stats).toMatchObject({ backend: 'embedded', nodes: 16, build: { inputs: ['fixture'], builtAt: '2025-10-01T00:00:00.000Z' } });
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}api/stats`)).rejects.toThrow();
  });

  it('fails with SNAPSHOT_MISSING when there is no snapshot to serve', async () => {
    const config = { ...DEFAULT_CONFIG, logLevel: 'silent' as const, port: 0, snapshotPath: join(dir, 'absent.json') };
    await expect(startServer(config, { handleSignals: false })).rejects.toMatchObject({ code: 'SNAPSHOT_MISSING' });
  });
});

describe('tradegraph serve', () => {
  async function serve(args: string[]): Promise<string> {
    const { code, stderr } = await tradegraph(['serve', ...args, '--port', '0']);
    expect(code).toBe(1);
    return stderr;
  }

  it('never builds: without a snapshot it fails with SNAPSHOT_MISSING and writes nothing', async () => {
    const dir = await makeTempFolder('tradegraph-serve-');
    const path = join(dir, 'my.json');
    expect(await serve(['--snapshot', path])).toContain('[SNAPSHOT_MISSING]');
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a corrupt snapshot with its file and line and leaves it byte for byte', async () => {
    const dir = await makeTempFolder('tradegraph-serve-');
    const path = join(dir, 'my.json');
    await writeSnapshot(path, fixtureGraph(), { inputs: ['/home/user/my-releases'] });
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines[7] = lines[7]!.slice(0, 10);
    await writeFile(path, lines.join('\n'));
    const before = await readFile(path);
    const err = await serve(['--snapshot', path]);
    expect(err).toContain('[SNAPSHOT_CORRUPT]');
    expect(err).toContain(`${path} is corrupt at line 8:`);
    expect(await readFile(path)).toEqual(before);
  });
});
