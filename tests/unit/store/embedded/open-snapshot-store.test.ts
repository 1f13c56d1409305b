import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildGraph, toGraphData } from '../../../../src/build/index.js';
import type { GraphData } from '../../../../src/domain/graph.js';
import type { GraphStore } from '../../../../src/domain/store.js';
import { resolve } from '../../../../src/resolve/index.js';
import { createEmbeddedStore, openSnapshotStore, readSnapshot, writeSnapshot } from '../../../../src/store/embedded/index.js';
import { corpusOf } from '../../resolve/fixtures.js';
import { seedReleases } from '../../resolve/seed-releases.js';
import { failure } from '../../support/failure.js';
import { makeTempFolder } from '../../../support/temp-folder.js';

function seedGraph(): GraphData {
  const { documents, extractions } = corpusOf(seedReleases());
  return toGraphData(buildGraph(documents, resolve(documents, extractions)));
}

/** Everything a store holds, in a comparable form. */
async function contents(store: GraphStore): Promise<unknown> {
  const nodes = await store.listNodes();
  const edges = (await Promise.all(nodes.map((n) => store.edgesOf(n.id, { direction: 'out' })))).flat();
  return { counts: await store.counts(), nodes, edges };
}

let folder: string;
beforeEach(async () => {
  folder = await makeTempFolder('tradegraph-open-snapshot-');
});

describe('openSnapshotStore', () => {
  it('holds what createEmbeddedStore holds over the graph readSnapshot returns', async () => {
    const path = join(folder, 'graph.json');
    const graph = seedGraph();
    await writeSnapshot(path, graph, { inputs: ['seeds'] });
    const { store, meta } = await openSnapshotStore(path);
    const read = await readSnapshot(path);
    expect(meta).toEqual(read.meta);
    expect(graph.edges.length).toBeGreaterThan(10);
    expect(await contents(store)).toEqual(await contents(createEmbeddedStore(read.graph)));
    expect(await contents(store)).toEqual(await contents(createEmbeddedStore(graph)));
  });

  it('merges an edge whose key the file gives twice, as a load would', async () => {
    const path = join(folder, 'graph.json');
    const graph = seedGraph();
    const twice = graph.edges.find((e) => e.attributes.evidence.length === 1)!;
    const other = graph.edges.find((e) => e !== twice && e.attributes.evidence.length === 1)!;
    const copy = { ...twice, attributes: { ...twice.attributes, evidence: other.attributes.evidence, docIds: other.attributes.docIds } };
    await writeSnapshot(path, { ...graph, edges: [...graph.edges, copy] }, { inputs: ['seeds'] });
    const { store } = await openSnapshotStore(path);
    const merged = await store.getEdge(twice.id);
    expect(merged?.attributes.evidence).toHaveLength(2);
    expect(merged?.attributes.count).toBe(2);
    expect((await store.counts()).edgesByType).toEqual((await createEmbeddedStore(graph).counts()).edgesByType);
  });

  it('refuses an edge key given again with other ends', async () => {
    const path = join(folder, 'graph.json');
    const graph = seedGraph();
    const [first, second] = graph.edges;
    const moved = { ...second!, id: first!.id };
    await writeSnapshot(path, { ...graph, edges: [...graph.edges, moved] }, { inputs: ['seeds'] });
    expect((await failure(openSnapshotStore(path))).code).toBe('EDGE_ENDPOINTS_CHANGED');
  });

  it('reads a version-1 snapshot into the same store', async () => {
    const path = join(folder, 'graph.json');
    const graph = seedGraph();
    const nodes = graph.nodes.map((n) => JSON.stringify({ key: n.id, attributes: n.attributes }));
    const edges = graph.edges.map((e) => JSON.stringify({ key: e.id, source: e.source, target: e.target, attributes: e.attributes }));
    const counts = { nodes: graph.nodes.length, edges: graph.edges.length, nodesByLabel: {}, edgesByType: {} };
    await writeFile(
      path,
      `{"attributes":${JSON.stringify({ counts, inputs: ['seeds'], schemaVersion: graph.schemaVersion })},\n"options":{"allowSelfLoops":true,"multi":true,"type":"directed"},\n"nodes":[\n${nodes.join(',\n')}\n],\n"edges":[\n${edges.join(',\n')}\n]}\n`,
    );
    const { store, meta } = await openSnapshotStore(path);
    expect(meta.formatVersion).toBe(1);
    expect(await contents(store)).toEqual(await contents(createEmbeddedStore(graph)));
  });

  it('says what readSnapshot says of a missing or corrupt file', async () => {
    expect((await failure(openSnapshotStore(join(folder, 'none.json')))).code).toBe('SNAPSHOT_MISSING');
    const path = join(folder, 'graph.json');
    await writeSnapshot(path, seedGraph(), { inputs: ['seeds'] });
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.slice(0, Math.floor(text.length * 0.7)));
    expect((await failure(openSnapshotStore(path))).code).toBe('SNAPSHOT_CORRUPT');
  });
});
