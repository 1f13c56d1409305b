import { spawn } from 'node:child_process';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeRecord, GraphData } from '../../src/domain/graph.js';
import { SCHEMA_VERSION } from '../../src/domain/graph.js';
import type { GraphStore } from '../../src/domain/store.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { graphChecksum, loadGraph } from '../../src/store/neo4j/index.js';
import { describeWithNeo4j, openNeo4jStore } from '../setup/neo4j.js';
import { scaledSeedGraph } from './support/scaled-seeds.js';

const LOAD = { batchSize: 500, concurrency: 2 };

/** Loads of real graphs into a real Neo4j: idempotent in content, incremental in cost, convergent after a kill. */
describeWithNeo4j('loading Neo4j', (target) => {
  let store: GraphStore;
  let driver: Driver;
  const checksum = () => graphChecksum(driver, 'neo4j');
  const cleanLoadChecksum = async (graph: GraphData) => {
    await store.clear();
    await loadGraph(driver, 'neo4j', graph, LOAD);
    return checksum();
  };

  beforeAll(async () => {
    store = await openNeo4jStore(target);
    driver = neo4j.driver(target.uri, target.password ? neo4j.auth.basic('neo4j', target.password) : undefined);
  });
  afterAll(async () => {
    await store?.close();
    await driver?.close();
  });

  describe('the same graph twice', () => {
    it('leaves the seed graph byte-identical and writes nothing the second time', async () => {
      const seeds = await scaledSeedGraph(1);
      const before = await cleanLoadChecksum(seeds);
      const again = await loadGraph(driver, 'neo4j', seeds, LOAD);
      expect(await checksum()).toEqual(before);
      expect(again).toMatchObject({ nodesCreated: 0, edgesCreated: 0, nodesWritten: 0, edgesWritten: 0 });
      expect(again.nodesUpdated).toBe(seeds.nodes.length);
    });

    it('leaves a graph of several copies of the seeds byte-identical, through the store as users call it', async () => {
      const graph = await scaledSeedGraph(4);
      const before = await cleanLoadChecksum(graph);
      await store.load(graph);
      await store.load(graph);
      expect(await checksum()).toEqual(before);
    }, 120_000);

    it('keeps the date of a rename and the dates of its evidence as the build made them', async () => {
      const seeds = await scaledSeedGraph(1);
      await cleanLoadChecksum(seeds);
      await store.load(seeds);
      const renamed = seeds.edges.filter((e) => e.attributes.type === 'RENAMED_TO');
      expect(renamed.length).toBeGreaterThan(0);
      for (const edge of renamed) expect(await store.getEdge(edge.id)).toEqual(edge);
    });
  });

  describe('more releases on top of a loaded graph', () => {
    it('writes only what is new or changed, and ends where the embedded store ends and where a clean load of that ends', async () => {
      const [older, newer] = await Promise.all([scaledSeedGraph(6), scaledSeedGraph(7)]);
      await cleanLoadChecksum(older);
      const report = await loadGraph(driver, 'neo4j', newer, LOAD);
      expect(report.nodesCreated + report.edgesCreated).toBeGreaterThan(0);
      expect(report.nodesWritten).toBeLessThan(newer.nodes.length / 2);
      expect(report.edgesWritten).toBeLessThan(newer.edges.length / 2);
      const incremental = await checksum();

      const embedded = createEmbeddedStore(older);
      await embedded.load(newer);
      const merged = await contentOf(embedded);
      expect(await store.listNodes()).toEqual(merged.nodes);
      expect((await contentOf(store)).edges).toEqual(merged.edges);
      expect(await cleanLoadChecksum(merged)).toEqual(incremental);
    }, 180_000);
  });

  describe('a loader killed with SIGKILL in the middle of a load', () => {
    it('leaves whole batches, and a rerun converges to the checksum of a clean load', async () => {
      const graph = await scaledSeedGraph(5);
      await store.clear();
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'support', 'load-child.ts'), target.uri, '5'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise<NodeJS.Signals | null>((done) => child.once('exit', (_code, signal) => done(signal)));
      await new Promise<void>((started) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('LOADING') && started()));
      // Past the first batches of nodes, well before the last relationship.
      while ((await checksum()).nodes < 300) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const partial = await checksum();
      expect(partial.nodes + partial.relationships).toBeLessThan(graph.nodes.length + graph.edges.length);

      await store.load(graph);
      const rerun = await checksum();
      expect(await cleanLoadChecksum(graph)).toEqual(rerun);
      console.log(
        `[fault] loader killed at ${partial.nodes} nodes and ${partial.relationships} relationships of ${graph.nodes.length} and ${graph.edges.length}: rerun converged to a clean load's checksum`,
      );
    }, 240_000);
  });
});

async function contentOf(store: GraphStore): Promise<GraphData> {
  const nodes = await store.listNodes();
  const edges: EdgeRecord[] = [];
  for (const node of nodes) edges.push(...(await store.edgesOf(node.id, { direction: 'out' })));
  edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { schemaVersion: SCHEMA_VERSION, nodes, edges };
}
