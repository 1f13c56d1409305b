import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildGraph, toGraphData } from '../../../../src/build/index.js';
import type { Evidence } from '../../../../src/domain/evidence.js';
import type { EdgeRecord, GraphData } from '../../../../src/domain/graph.js';
import { resolve } from '../../../../src/resolve/index.js';
import { nodeFs, type AtomicWriteFs } from '../../../../src/store/embedded/snapshot-atomic-write.js';
import { stableStringify } from '../../../../src/domain/index.js';
import { readSnapshot, readSnapshotHeader, writeSnapshot } from '../../../../src/store/embedded/snapshot.js';
import { corpusOf } from '../../resolve/fixtures.js';
import { seedReleases } from '../../resolve/seed-releases.js';
import { tempWriteSpy } from './support/temp-write-spy.js';
import { failure } from '../../support/failure.js';
import { makeTempFolder } from '../../../support/temp-folder.js';
import { carriedHash } from '../../../../src/store/carried-hashes.js';
import { edgeHash, nodeHash } from '../../../../src/store/content-hash.js';

function freshGraph(): GraphData {
  const { documents, extractions } = corpusOf(seedReleases());
  return toGraphData(buildGraph(documents, resolve(documents, extractions)));
}

const FILES = [{ path: 'seeds/a.txt', bytes: 12, sha256: 'ab'.repeat(32) }];

let folder: string;
beforeEach(async () => {
  folder = await makeTempFolder('tradegraph-snapshot-');
});

/** Writes the seed graph, then lets `edit` change the file's lines. */
async function writtenThenEdited(edit: (lines: string[]) => string[]): Promise<string> {
  const path = join(folder, 'graph.json');
  await writeSnapshot(path, freshGraph(), { inputs: ['seeds'] });
  const lines = (await readFile(path, 'utf8')).split('\n').slice(0, -1);
  await writeFile(path, `${edit(lines).join('\n')}\n`);
  return path;
}

const header = (lines: string[]) =>
  JSON.parse(lines[0]!) as { tables: { sentences: number; evidence: number }; counts: { nodes: number; edges: number } };
/** 0-based index of the first line of a section. */
const firstOf = (lines: string[], section: 'evidence' | 'node' | 'edge') => {
  const { tables, counts } = header(lines);
  return 1 + tables.sentences + (section === 'evidence' ? 0 : tables.evidence + (section === 'node' ? 0 : counts.nodes));
};

describe('writeSnapshot / readSnapshot', () => {
  it('reads back the graph and what the snapshot says about its build, creating the folder', async () => {
    const path = join(folder, 'nested', 'data', 'graph.json');
    const graph = freshGraph();
    await writeSnapshot(path, graph, { inputs: ['seeds'], files: FILES, options: { strict: false } });
    const read = await readSnapshot(path);
    expect(read.graph).toEqual(graph);
    expect(read.meta).toMatchObject({ formatVersion: 2, inputs: ['seeds'], files: FILES, options: { strict: false } });
    expect(read.meta.counts.nodes).toBe(graph.nodes.length);
    expect(read.meta.counts.edgesByType.MENTIONS).toBeGreaterThan(0);
  });

  it('writes byte-identical files when the same inputs are rebuilt', async () => {
    await writeSnapshot(join(folder, 'a.json'), freshGraph(), { inputs: ['seeds'], files: FILES });
    await writeSnapshot(join(folder, 'b.json'), freshGraph(), { inputs: ['seeds'], files: FILES });
    expect(await readFile(join(folder, 'b.json'))).toEqual(await readFile(join(folder, 'a.json')));
  });

  it('writes the same bytes again from what it read', async () => {
    const first = join(folder, 'first.json');
    const second = join(folder, 'second.json');
    await writeSnapshot(first, freshGraph(), { inputs: ['seeds'], files: FILES, options: {}, builtAt: '2026-01-02T03:04:05.000Z' });
    const { graph, meta } = await readSnapshot(first);
    await writeSnapshot(second, graph, meta);
    expect(await readFile(second)).toEqual(await readFile(first));
  });

  it('is JSON Lines: a header naming the format, then one JSON value a line', async () => {
    const path = join(folder, 'graph.json');
    const graph = freshGraph();
    await writeSnapshot(path, graph, { inputs: ['seeds'] });
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'tradegraph-snapshot', formatVersion: 2, schemaVersion: graph.schemaVersion });
    const { tables, counts } = header(lines);
    expect(lines.length).toBe(1 + tables.sentences + tables.evidence + counts.nodes + counts.edges);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('stores each sentence and each piece of evidence once, however many edges cite it', async () => {
    const graph = freshGraph();
    const cited = graph.edges[0]!.attributes.evidence[0]!;
    const copy = (edge: EdgeRecord, i: number): EdgeRecord => ({
      ...edge,
      id: `${edge.id}#${i}`,
      attributes: { ...edge.attributes, evidence: [{ ...cited }], count: 1, docIds: [cited.docId] },
    });
    const citedOften: GraphData = { ...graph, edges: [...graph.edges, ...graph.edges.slice(0, 50).map(copy)] };
    const path = join(folder, 'graph.json');
    await writeSnapshot(path, citedOften, { inputs: ['seeds'] });
    const text = await readFile(path, 'utf8');
    expect(text.split(JSON.stringify(cited.sentence)).length - 1).toBe(1);
    const { tables } = header(text.split('\n'));
    const distinct = new Set(graph.edges.flatMap((e) => e.attributes.evidence.map((x) => `${x.docId} ${x.start} ${x.end}`)));
    expect(tables.evidence).toBe(distinct.size);
  });

  it('shares one evidence object among the edges that cite it once read', async () => {
    const path = join(folder, 'graph.json');
    await writeSnapshot(path, freshGraph(), { inputs: ['seeds'] });
    const { graph } = await readSnapshot(path);
    const byKey = new Map<string, Evidence>();
    let shared = 0;
    for (const item of graph.edges.flatMap((e) => e.attributes.evidence)) {
      const key = `${item.docId} ${item.start} ${item.end}`;
      const seen = byKey.get(key);
      if (seen) {
        expect(item).toBe(seen);
        shared++;
      } else byKey.set(key, item);
    }
    expect(shared).toBeGreaterThan(0);
  });

  it('hands the file chunks of bounded size, never the whole snapshot as one string', async () => {
    const path = join(folder, 'graph.json');
    const writes: number[] = [];
    const recording = tempWriteSpy((length) => void writes.push(length));
    await writeSnapshot(path, freshGraph(), { inputs: ['seeds'] }, { fs: recording, chunkBytes: 1024 });
    const size = (await stat(path)).size;
    const longestLine = Math.max(...(await readFile(path, 'utf8')).split('\n').map((l) => Buffer.byteLength(l) + 1));
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.reduce((a, b) => a + b, 0)).toBe(size);
    expect(Math.max(...writes)).toBeLessThanOrEqual(3 * (1024 + longestLine));
  });

  it('round-trips edges whose key, docIds or count are not the ones their evidence implies', async () => {
    const graph = freshGraph();
    const [first, second, third, fourth, fifth, ...rest] = graph.edges;
    const { firstDate: _first, lastDate: _last, ...undated } = fifth!.attributes;
    const odd: GraphData = {
      ...graph,
      edges: [
        { ...first!, id: `${first!.id}:qualified` },
        { ...second!, attributes: { ...second!.attributes, docIds: ['doc:elsewhere', ...second!.attributes.docIds] } },
        { ...third!, attributes: { ...third!.attributes, count: third!.attributes.count + 5 } },
        { ...fourth!, attributes: { ...fourth!.attributes, firstDate: '1999-01-01', lastDate: '2099-12-31', eventIds: ['event:not-a-node'] } },
        { ...fifth!, attributes: undated },
        ...rest,
      ],
    };
    const path = join(folder, 'graph.json');
    await writeSnapshot(path, odd, { inputs: ['seeds'] });
    expect((await readSnapshot(path)).graph).toEqual(odd);
  });

  it('leaves out of each edge line what its evidence implies, and writes node line numbers for nodes', async () => {
    const path = join(folder, 'graph.json');
    const fresh = freshGraph();
    const [first, ...rest] = fresh.edges;
    const graph: GraphData = { ...fresh, edges: [{ ...first!, attributes: { ...first!.attributes, eventIds: [fresh.nodes[3]!.id] } }, ...rest] };
    await writeSnapshot(path, graph, { inputs: ['seeds'] });
    const lines = (await readFile(path, 'utf8')).split('\n');
    const edge = JSON.parse(lines[firstOf(lines, 'edge')]!) as { key?: string; source: unknown; attributes: Record<string, unknown> };
    expect(edge.key).toBeUndefined();
    expect(edge.source).toBe(graph.nodes.findIndex((n) => n.id === first!.source));
    expect(edge.attributes.eventIds).toEqual([3]);
    for (const implied of ['docIds', 'count', 'firstDate', 'lastDate']) expect(edge.attributes[implied]).toBeUndefined();
    expect((await readSnapshot(path)).graph).toEqual(graph);
  });

  it('reads the header alone', async () => {
    const path = join(folder, 'graph.json');
    await writeSnapshot(path, freshGraph(), { inputs: ['seeds'], files: FILES, options: {} });
    expect(await readSnapshotHeader(path)).toEqual((await readSnapshot(path)).meta);
  });
});

describe('content hashes carried in the snapshot', () => {
  it('come back with each record read: those a Neo4j load would compute, so it need not', async () => {
    const path = join(folder, 'graph.json');
    const graph = freshGraph();
    await writeSnapshot(path, graph, { inputs: ['seeds'] });
    const { graph: read } = await readSnapshot(path);
    expect(read.nodes.map((n) => carriedHash(n))).toEqual(graph.nodes.map((n) => nodeHash(n)));
    expect(read.edges.map((e) => carriedHash(e))).toEqual(graph.edges.map((e) => edgeHash(e)));
  });

  it('may be missing, as in snapshots written before them: the records read come without', async () => {
    const path = await writtenThenEdited((lines) => lines.map((line) => line.replace(/,"hash":"[A-Za-z0-9_-]{22}"/, '')));
    const { graph } = await readSnapshot(path);
    expect(graph).toEqual(freshGraph());
    expect([...graph.nodes, ...graph.edges].every((record) => carriedHash(record) === undefined)).toBe(true);
  });
});

describe('readSnapshot refuses what it cannot trust', () => {
  it.each([
    ['a missing file', null, 'SNAPSHOT_MISSING'],
    ['an empty file', '', 'SNAPSHOT_CORRUPT'],
    ['a header that is not JSON', '{"format": "tradeg\n', 'SNAPSHOT_CORRUPT'],
    ['JSON that is not a snapshot', '{"nodes": 3}\n', 'SNAPSHOT_CORRUPT'],
    ['another schema version', '{"format":"tradegraph-snapshot","formatVersion":2,"schemaVersion":999}\n', 'SNAPSHOT_VERSION'],
    ['a newer format', '{"format":"tradegraph-snapshot","formatVersion":3,"schemaVersion":1}\n', 'SNAPSHOT_VERSION'],
    ['a version-1 snapshot of another schema', '{"attributes":{"schemaVersion":999,"inputs":[]}}', 'SNAPSHOT_VERSION'],
  ])('rejects %s with the right code', async (_what, content, code) => {
    const path = join(folder, 'graph.json');
    if (content !== null) await writeFile(path, content);
    expect((await failure(readSnapshot(path))).code).toBe(code);
  });

  it.each<[string, (lines: string[]) => string[], (lines: string[]) => number, RegExp]>([
    ['cut short', (l) => l.slice(0, Math.floor(l.length / 2)), (l) => Math.floor(l.length / 2), /cut short/],
    ['a line that is not JSON', (l) => l.map((x, i) => (i === 5 ? x.slice(0, -3) : x)), () => 6, /not JSON/],
    ['an empty line', (l) => [...l.slice(0, 3), '', ...l.slice(3)], () => 4, /empty/],
    ['more lines than announced', (l) => [...l, l[l.length - 1]!], (l) => l.length + 1, /goes on/],
    [
      'an edge to a node the file lacks',
      (l) => l.map((x, i) => (i === firstOf(l, 'edge') ? x.replace(/"source":\d+/, '"source":77777777') : x)),
      (l) => firstOf(l, 'edge') + 1,
      /node 77777777/,
    ],
    [
      'an edge citing evidence that is not there',
      (l) => l.map((x, i) => (i === l.length - 1 ? x.replace(/"evidence":\[[^\]]*\]/, '"evidence":[99999999]') : x)),
      (l) => l.length,
      /evidence 99999999/,
    ],
    [
      'evidence citing a sentence that is not there',
      (l) => l.map((x, i) => (i === firstOf(l, 'evidence') ? x.replace(/"sentence":\d+/, '"sentence":88888') : x)),
      (l) => firstOf(l, 'evidence') + 1,
      /sentence 88888/,
    ],
    [
      'a node with an unknown label',
      (l) => l.map((x, i) => (i === firstOf(l, 'node') ? x.replace(/"label":"[A-Za-z]+"/, '"label":"Planet"') : x)),
      (l) => firstOf(l, 'node') + 1,
      /Planet/,
    ],
    [
      'a node whose hash is not a content hash',
      (l) => l.map((x, i) => (i === firstOf(l, 'node') ? x.replace(/"hash":"[^"]*"/, '"hash":"short"') : x)),
      (l) => firstOf(l, 'node') + 1,
      /hash of 22 base64url characters/,
    ],
    ['a node twice', (l) => [...l.slice(0, firstOf(l, 'node') + 1), l[firstOf(l, 'node')]!, ...l.slice(firstOf(l, 'node') + 2)], (l) => firstOf(l, 'node') + 2, /twice/],
  ])('rejects a snapshot with %s, naming the file, the line and what to do', async (_what, edit, lineOf, problem) => {
    let expectedLine = 0;
    const path = await writtenThenEdited((lines) => {
      const edited = edit(lines);
      expectedLine = lineOf(lines);
      return edited;
    });
    const { code, message } = await failure(readSnapshot(path));
    expect(code).toBe('SNAPSHOT_CORRUPT');
    expect(message).toContain(path);
    expect(message).toContain(`line ${expectedLine}:`);
    expect(message).toMatch(problem);
    expect(message).toContain('tradegraph build');
  });
});

describe('version-1 snapshots (one JSON document)', () => {
  /** What tradegraph wrote before JSON Lines: graphology's export format, one node or edge a line. */
  function versionOne(graph: GraphData, inputs: string[]): string {
    const counts = { nodes: graph.nodes.length, edges: graph.edges.length, nodesByLabel: {}, edgesByType: {} };
    const nodes = graph.nodes.map((n) => JSON.stringify({ key: n.id, attributes: n.attributes }));
    const edges = graph.edges.map((e) => JSON.stringify({ key: e.id, source: e.source, target: e.target, attributes: e.attributes }));
    return (
      `{"attributes":${JSON.stringify({ counts, inputs, schemaVersion: graph.schemaVersion })},\n` +
      `"options":{"allowSelfLoops":true,"multi":true,"type":"directed"},\n` +
      `"nodes":[\n${nodes.join(',\n')}\n],\n"edges":[\n${edges.join(',\n')}\n]}\n`
    );
  }

  it('reads them, so a graph built by an earlier version is still served', async () => {
    const path = join(folder, 'old.json');
    const graph = freshGraph();
    await writeFile(path, versionOne(graph, ['/home/me/releases']));
    const read = await readSnapshot(path);
    expect(read.graph).toEqual(graph);
    expect(read.meta).toMatchObject({ formatVersion: 1, inputs: ['/home/me/releases'] });
    expect(read.meta.files).toBeUndefined();
    expect(await readSnapshotHeader(path)).toEqual(read.meta);
  });

  it('rejects one cut short as corrupt, naming the file', async () => {
    const path = join(folder, 'old.json');
    const text = versionOne(freshGraph(), ['seeds']);
    await writeFile(path, text.slice(0, text.length / 2));
    const { code, message } = await failure(readSnapshot(path));
    expect(code).toBe('SNAPSHOT_CORRUPT');
    expect(message).toMatch(/line \d+, column \d+/);
    expect(message).toContain(path);
  });
});

describe('atomic writes', () => {
  it('leaves the old snapshot intact and no temp file behind when the rename fails', async () => {
    const path = join(folder, 'graph.json');
    await writeSnapshot(path, freshGraph(), { inputs: ['old'] });
    const before = await readFile(path);
    const failingRename: AtomicWriteFs = { ...nodeFs, rename: () => Promise.reject(new Error('simulated crash before rename')) };
    expect((await failure(writeSnapshot(path, freshGraph(), { inputs: ['new'] }, { fs: failingRename }))).code).toBe('SNAPSHOT_WRITE');
    expect(await readFile(path)).toEqual(before);
    expect(await readdir(folder)).toEqual(['graph.json']);
  });

  it('leaves the old snapshot intact when the disk fills half-way, and says the disk is full', async () => {
    const path = join(folder, 'graph.json');
    await writeSnapshot(path, freshGraph(), { inputs: ['old'] });
    const before = await readFile(path);
    let written = 0;
    const diskFull = tempWriteSpy((length) => {
      if (written > 10_000) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      written += length;
    });
    const { code, message } = await failure(writeSnapshot(path, freshGraph(), { inputs: ['new'] }, { fs: diskFull, chunkBytes: 4096 }));
    expect(code).toBe('SNAPSHOT_WRITE');
    expect(message).toMatch(/disk is full/);
    expect(await readFile(path)).toEqual(before);
    expect((await readSnapshot(path)).meta.inputs).toEqual(['old']);
    expect(await readdir(folder)).toEqual(['graph.json']);
  });

  it('does not blame the disk for a failure that is not about space', async () => {
    const path = join(folder, 'graph.json');
    const failing: AtomicWriteFs = { ...nodeFs, rename: () => Promise.reject(Object.assign(new Error('EXDEV: cross-device link'), { code: 'EXDEV' })) };
    const { message } = await failure(writeSnapshot(path, freshGraph(), { inputs: ['new'] }, { fs: failing }));
    expect(message).toContain('EXDEV');
    expect(message).not.toMatch(/space|disk/i);
  });
});

describe('stableStringify', () => {
  it('sorts keys at every depth, keeps array order and leaves undefined fields out', () => {
    expect(stableStringify({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined }, 'é': 'x' })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1,"é":"x"}');
  });

  it.each([[null], ['text "quoted"\n'], [-0.5], [[]], [{}], [[undefined]]])('writes %j as JSON.stringify does', (value) => {
    expect(stableStringify(value)).toBe(JSON.stringify(value));
  });
});
