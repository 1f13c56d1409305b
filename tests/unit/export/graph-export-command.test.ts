import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, toGraphData } from '../../../src/build/index.js';
import type { GraphData } from '../../../src/domain/graph.js';
import { resolve } from '../../../src/resolve/index.js';
import { writeSnapshot } from '../../../src/store/embedded/snapshot.js';
import { corpusOf } from '../resolve/fixtures.js';
import { seedReleases } from '../resolve/seed-releases.js';
import { tradegraph } from '../cli/support/run-tradegraph.js';

let folder: string;
let snapshot: string;
let data: GraphData;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tradegraph-export-'));
  snapshot = join(folder, 'graph.json');
  const { documents, extractions } = corpusOf(seedReleases());
  data = toGraphData(buildGraph(documents, resolve(documents, extractions)));
  await writeSnapshot(snapshot, data, { inputs: ['seeds'] });
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ out: string; err: string; code: number }> {
  const { code, stdout, stderr } = await tradegraph(['export', ...args]);
  return { out: stdout, err: stderr, code };
}

describe('tradegraph export', () => {
  it('writes GEXF of the snapshot to --out', async () => {
    const out = join(folder, 'exports', 'graph.gexf');
    await run(['--format', 'gexf', '--snapshot', snapshot, '--out', out]);
    const read = gexf.parse(graphology.MultiDirectedGraph, await readFile(out, 'utf8'));
    expect(read.order).toBe(data.nodes.length);
  });

  it('prints graphology JSON to standard output without --out', async () => {
    const { out } = await run(['--format', 'json', '--snapshot', snapshot]);
    expect(graphology.MultiDirectedGraph.from(JSON.parse(out)).size).toBe(data.edges.length);
  });

  it('refuses a format it does not write', async () => {
    const { err, code } = await run(['--format', 'dot', '--snapshot', snapshot]);
    expect(err).toContain("argument 'dot' is invalid");
    expect(code).toBe(1);
  });

  it('fails with SNAPSHOT_MISSING, and says to build, when there is no snapshot', async () => {
    const { err, code } = await run(['--format', 'graphml', '--snapshot', join(folder, 'none.json')]);
    expect(err).toContain('[SNAPSHOT_MISSING]');
    expect(err).toContain('tradegraph build');
    expect(code).toBe(1);
  });
});
