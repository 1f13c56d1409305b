import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildGraph, toGraphData } from '../../../src/build/index.js';
import { registerExportCommand } from '../../../src/cli/commands/export.js';
import type { GraphData } from '../../../src/domain/graph.js';
import { resolve } from '../../../src/resolve/index.js';
import { writeSnapshot } from '../../../src/store/embedded/snapshot.js';
import { corpusOf } from '../resolve/fixtures.js';
import { seedReleases } from '../resolve/seed-releases.js';

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

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function run(args: string[]): Promise<{ out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const program = new Command('tradegraph').exitOverride().configureOutput({ writeErr: (s) => (err += s), writeOut: (s) => (out += s) });
  registerExportCommand(program);
  try {
    await program.parseAsync(['node', 'tradegraph', 'export', ...args]);
  } catch (error) {
    err += `commander: ${(error as { code?: string }).code}`;
  }
  return { out, err };
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
    const { err } = await run(['--format', 'dot', '--snapshot', snapshot]);
    expect(err).toContain('commander.invalidArgument');
  });

  it('fails with SNAPSHOT_MISSING, and says to build, when there is no snapshot', async () => {
    const { err } = await run(['--format', 'graphml', '--snapshot', join(folder, 'none.json')]);
    expect(err).toContain('[SNAPSHOT_MISSING]');
    expect(err).toContain('tradegraph build');
    expect(process.exitCode).toBe(1);
  });
});
