import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../../src/store/embedded/index.js';
import { tradegraph } from './support/run-tradegraph.js';
import { tempDirs } from './support/temp-dirs.js';

const tempDir = tempDirs('tg-build-');

describe('tradegraph build', () => {
  it('reports 44 records, 39 documents and 5 duplicates merged on the seeds, as JSON', async () => {
    const dir = await tempDir();
    const out = join(dir, 'graph.json');
    const { code, stdout } = await tradegraph(['build', '--json', '--out', out]);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ recordsRead: 44, documents: 39, duplicatesMerged: 5, destination: out });
    expect(summary.nodesByLabel.Person).toBeGreaterThan(0);
    expect((await readSnapshot(out)).graph.nodes.length).toBe(summary.nodes);
  });

  it('exits non-zero naming the path when no input can be read, and writes nothing', async () => {
    const dir = await tempDir();
    const out = join(dir, 'graph.json');
    const { code, stderr } = await tradegraph(['build', join(dir, 'no-such-folder'), '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain('NO_DOCUMENTS');
    expect(stderr).toContain('no-such-folder');
    await expect(readFile(out)).rejects.toThrow();
  });

  it('keeps the previous snapshot when a later build has nothing to store', async () => {
    const dir = await tempDir();
    const out = join(dir, 'graph.json');
    await writeFile(out, '{"previous":true}');
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const { code } = await tradegraph(['build', empty, '--out', out]);
    expect(code).toBe(1);
    expect(await readFile(out, 'utf8')).toBe('{"previous":true}');
  });

  it('refuses an unknown store kind', async () => {
    const { code, stderr } = await tradegraph(['build', '--store', 'sqlite']);
    expect(code).toBe(1);
    expect(stderr).toContain('BAD_STORE');
  });

  it('explains --store neo4j without NEO4J_URI', async () => {
    const { code, stderr } = await tradegraph(['build', '--store', 'neo4j'], { NEO4J_URI: '' });
    expect(code).toBe(1);
    expect(stderr).toContain('NEO4J_URI_MISSING');
  });

  it('prints help for the command', async () => {
    const { code, stdout } = await tradegraph(['build', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--json');
  });

  it('reports each stage under "stages" in order, with items, wall and cpu time and peak RSS', async () => {
    const dir = await tempDir();
    const { code, stdout, stderr } = await tradegraph(['build', '--json', '--workers', '2', '--out', join(dir, 'graph.json')]);
    expect(code).toBe(0);
    const { stages } = JSON.parse(stdout) as { stages: Array<Record<string, unknown>> };
    expect(stages.map((s) => s.stage)).toEqual(['parse', 'dedupe', 'extract', 'resolve', 'build', 'snapshot']);
    for (const figures of stages) {
      expect(Object.keys(figures).sort()).toEqual(['cpuMs', 'heapUsedBytes', 'items', 'liveHeapBytes', 'peakRssBytes', 'settleCpuMs', 'stage', 'wallMs']);
      expect(figures.peakRssBytes).toBeGreaterThan(0);
    }
    expect(stages.find((s) => s.stage === 'extract')?.items).toBe(39);
    // stderr is not a terminal here: progress comes as plain lines, one at each stage's end.
    for (const stage of ['parse', 'dedupe', 'extract', 'resolve', 'build', 'snapshot']) expect(stderr).toContain(`tradegraph: ${stage} done`);
  });

  it('refuses a bad --workers', async () => {
    const { code, stderr } = await tradegraph(['build', '--workers', 'many']);
    expect(code).toBe(1);
    expect(stderr).toContain('CONFIG_WORKERS');
  });

  it('warns about a file of ordinary prose, and with --strict fails writing nothing', async () => {
    const dir = await tempDir();
    const prose = join(dir, 'story.txt');
    await writeFile(prose, 'It was a dark and stormy night. The rain fell in torrents.\nThe wind swept up the streets.\n');
    const out = join(dir, 'graph.json');
    const lenient = await tradegraph(['build', prose, '--json', '--no-progress', '--out', out]);
    expect(lenient.code).toBe(0);
    expect(JSON.parse(lenient.stdout).issues.map((i: { code: string }) => i.code)).toContain('NOT_A_PRESS_RELEASE');
    const strictOut = join(dir, 'strict.json');
    const strict = await tradegraph(['build', prose, '--strict', '--out', strictOut]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('NOT_PRESS_RELEASES');
    await expect(readFile(strictOut)).rejects.toThrow();
  });
});
