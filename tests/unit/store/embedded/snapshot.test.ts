import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology from 'graphology';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildGraph, toGraphData } from '../../../../src/build/index.js';
import type { GraphData } from '../../../../src/domain/graph.js';
import { resolve } from '../../../../src/resolve/index.js';
import { nodeFs, type AtomicWriteFs } from '../../../../src/store/embedded/snapshot-atomic-write.js';
import { readSnapshot, writeSnapshot } from '../../../../src/store/embedded/snapshot.js';
import { corpusOf } from '../../resolve/fixtures.js';
import { seedReleases } from '../../resolve/seed-releases.js';

function freshGraph(): GraphData {
  const { documents, extractions } = corpusOf(seedReleases());
  return toGraphData(buildGraph(documents, resolve(documents, extractions)));
}

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tradegraph-snapshot-'));
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? 'no code';
  }
  return 'resolved';
}

describe('writeSnapshot / readSnapshot', () => {
  it('reads back the graph and meta it wrote, creating the folder', async () => {
    const path = join(folder, 'nested', 'data', 'graph.json');
    const graph = freshGraph();
    await writeSnapshot(path, graph, { inputs: ['seeds'] });
    const read = await readSnapshot(path);
    expect(read.graph).toEqual(graph);
    expect(read.meta.inputs).toEqual(['seeds']);
    expect(read.meta.counts.nodes).toBe(graph.nodes.length);
    expect(read.meta.counts.edgesByType.MENTIONS).toBeGreaterThan(0);
  });

  it('writes byte-identical files when the same inputs are rebuilt', async () => {
    await writeSnapshot(join(folder, 'a.json'), freshGraph(), { inputs: ['seeds'] });
    await writeSnapshot(join(folder, 'b.json'), freshGraph(), { inputs: ['seeds'] });
    expect(await readFile(join(folder, 'b.json'), 'utf8')).toBe(await readFile(join(folder, 'a.json'), 'utf8'));
  });

  it('writes graphology’s export format, which graphology itself imports', async () => {
    const path = join(folder, 'graph.json');
    const graph = freshGraph();
    await writeSnapshot(path, graph, { inputs: ['seeds'], builtAt: '2025-12-01T00:00:00Z' });
    const imported = graphology.MultiDirectedGraph.from(JSON.parse(await readFile(path, 'utf8')));
    expect(imported.order).toBe(graph.nodes.length);
    expect(imported.size).toBe(graph.edges.length);
    expect(imported.getAttribute('builtAt')).toBe('2025-12-01T00:00:00Z');
  });

  it.each([
    ['a missing file', null, 'SNAPSHOT_MISSING'],
    ['an empty file', '', 'SNAPSHOT_CORRUPT'],
    ['broken JSON', '{"attributes": {', 'SNAPSHOT_CORRUPT'],
    ['JSON that is not a graph', '{"nodes": 3}', 'SNAPSHOT_CORRUPT'],
    ['another schema version', '{"attributes":{"schemaVersion":999,"inputs":[]}}', 'SNAPSHOT_VERSION'],
  ])('rejects %s with the right code', async (_what, content, code) => {
    const path = join(folder, 'graph.json');
    if (content !== null) await writeFile(path, content);
    expect(await codeOf(readSnapshot(path))).toBe(code);
  });

  it('rejects a snapshot cut short, naming the position and what to do', async () => {
    const path = join(folder, 'graph.json');
    await writeSnapshot(path, freshGraph(), { inputs: ['seeds'] });
    const whole = await readFile(path, 'utf8');
    await writeFile(path, whole.slice(0, Math.floor(whole.length / 2)));
    const error = (await readSnapshot(path).then(
      () => ({ code: 'resolved', message: '' }),
      (e: unknown) => e,
    )) as { code: string; message: string };
    expect(error.code).toBe('SNAPSHOT_CORRUPT');
    expect(error.message).toMatch(/line \d+, column \d+/);
    expect(error.message).toContain('tradegraph build');
    expect(error.message).toContain(path);
  });

  it('rejects a snapshot whose counts do not match what it holds', async () => {
    const path = join(folder, 'graph.json');
    const graph = freshGraph();
    await writeSnapshot(path, graph, { inputs: ['seeds'] });
    const file = JSON.parse(await readFile(path, 'utf8')) as { nodes: unknown[]; edges: unknown[] };
    file.edges = [];
    await writeFile(path, JSON.stringify(file));
    expect(await codeOf(readSnapshot(path))).toBe('SNAPSHOT_CORRUPT');
  });

  it('leaves the old snapshot intact and no temp file behind when the rename fails', async () => {
    const path = join(folder, 'graph.json');
    await writeSnapshot(path, freshGraph(), { inputs: ['old'] });
    const before = await readFile(path, 'utf8');
    const failingRename: AtomicWriteFs = { ...nodeFs, rename: () => Promise.reject(new Error('simulated crash before rename')) };
    expect(await codeOf(writeSnapshot(path, freshGraph(), { inputs: ['new'] }, { fs: failingRename }))).toBe('SNAPSHOT_WRITE');
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readdir(folder)).toEqual(['graph.json']);
  });

  it('leaves the old snapshot intact when the write dies half-way', async () => {
    const path = join(folder, 'graph.json');
    await writeSnapshot(path, freshGraph(), { inputs: ['old'] });
    const before = await readFile(path, 'utf8');
    const halfWrite: AtomicWriteFs = {
      ...nodeFs,
      open: (async (file: string, flags: string) => {
        const handle = await nodeFs.open(file, flags);
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: async (data: string) => {
            await handle.write(data.slice(0, data.length / 2));
            throw new Error('simulated disk full');
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      }) as AtomicWriteFs['open'],
    };
    expect(await codeOf(writeSnapshot(path, freshGraph(), { inputs: ['new'] }, { fs: halfWrite }))).toBe('SNAPSHOT_WRITE');
    expect(await readFile(path, 'utf8')).toBe(before);
    expect((await readSnapshot(path)).meta.inputs).toEqual(['old']);
    expect(await readdir(folder)).toEqual(['graph.json']);
  });
});
