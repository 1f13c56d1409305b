import { spawn } from 'node:child_process';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeRecord, GraphData } from '../../src/domain/graph.js';
import { SCHEMA_VERSION } from '../../src/domain/graph.js';
import type { GraphStore } from '../../src/domain/store.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { graphChecksum, loadGraph } from '../../src/store/neo4j/index.js';
import { BucketDigests } from '../../src/store/neo4j/bucket-digests.js';
import { allStoredHashes, holdLoadLock, readLoadDigests } from '../../src/store/neo4j/load-digests.js';
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

  /** The stored digests are valid and are those of every stored record's hash: they claim nothing that was not written. */
  const expectHonestDigests = async () => {
    const session = driver.session({ database: 'neo4j' });
    try {
      const state = await readLoadDigests(session);
      expect(state.kind).toBe('valid');
      const { nodes, edges } = await allStoredHashes(session);
      const recomputed = BucketDigests.empty();
      for (const [id, hash] of [...nodes, ...edges]) recomputed.add(id, hash);
      expect(state.kind === 'valid' && state.digests.differingBuckets(recomputed).size).toBe(0);
    } finally {
      await session.close();
    }
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
    it('leaves the seed graph byte-identical and writes nothing the second time', { timeout: 120_000 }, async () => {
      const seeds = await scaledSeedGraph(1);
      const before = await cleanLoadChecksum(seeds);
      const again = await loadGraph(driver, 'neo4j', seeds, LOAD);
      expect(await checksum()).toEqual(before);
      expect(again).toMatchObject({ nodesCreated: 0, edgesCreated: 0, nodesWritten: 0, edgesWritten: 0 });
      expect(again.nodesUpdated).toBe(seeds.nodes.length);
      // Every bucket digest matched: not one stored hash was read.
      expect(again).toMatchObject({ digests: 'valid', compared: { buckets: 0, records: 0 } });
      await expectHonestDigests();
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
      // Only the buckets holding new or changed records were compared record by record.
      expect(report.digests).toBe('valid');
      expect(report.compared.records).toBeLessThan((newer.nodes.length + newer.edges.length) / 2);
      expect(report.compared.records).toBeGreaterThanOrEqual(report.nodesWritten + report.edgesWritten);
      const incremental = await checksum();
      await expectHonestDigests();

      // The most cited relationship kept its stored list and gained the new releases' sentences as a chunk.
      const hub = [...older.edges].sort((a, b) => b.attributes.evidence.length - a.attributes.evidence.length)[0]!;
      const stored = (await driver.executeQuery(`MATCH ()-[r {id: $id}]->() RETURN r.evidenceJson AS whole, r.evidence1 AS chunk, r.evidenceChunks AS chunks`, { id: hub.id }, { database: 'neo4j' })).records[0]!;
      expect(JSON.parse(stored.get('whole') as string)).toEqual(hub.attributes.evidence);
      expect(Number(stored.get('chunks'))).toBe(1);
      expect(JSON.parse(stored.get('chunk') as string).length).toBe(newer.edges.find((e) => e.id === hub.id)!.attributes.evidence.length - hub.attributes.evidence.length);

      const embedded = createEmbeddedStore(older);
      await embedded.load(newer);
      const merged = await contentOf(embedded);
      expect(await store.listNodes()).toEqual(merged.nodes);
      expect((await contentOf(store)).edges).toEqual(merged.edges);
      expect(await cleanLoadChecksum(merged)).toEqual(incremental);
    }, 180_000);

    it('folds appended chunks back into the whole list past the limit, ending where a clean load ends', async () => {
      const seeds = await scaledSeedGraph(1);
      const hubEdge = [...seeds.edges].sort((a, b) => b.attributes.evidence.length - a.attributes.evidence.length)[0]!;
      /** The seeds with `n` more releases citing the hub edge, each a sentence of its own. */
      const withReleases = (n: number): GraphData => {
        const more = Array.from({ length: n }, (_, i) => ({ ...hubEdge.attributes.evidence[0]!, docId: `doc:zz${String(i).padStart(3, '0')}`, date: '2099-01-01', sentence: `Release ${i}.` }));
        const evidence = [...hubEdge.attributes.evidence, ...more];
        const edge = { ...hubEdge, attributes: { ...hubEdge.attributes, evidence, count: evidence.length, docIds: [...new Set(evidence.map((e) => e.docId))].sort(), lastDate: '2099-01-01' } };
        return { ...seeds, edges: seeds.edges.map((e) => (e.id === hubEdge.id ? edge : e)) };
      };
      await cleanLoadChecksum(seeds);
      const chunksAfter: number[] = [];
      for (let n = 1; n <= 18; n++) {
        const report = await loadGraph(driver, 'neo4j', withReleases(n), LOAD);
        expect(report).toMatchObject({ edgesWritten: 1 });
        const found = await driver.executeQuery('MATCH ()-[r {id: $id}]->() RETURN r.evidenceChunks AS chunks', { id: hubEdge.id }, { database: 'neo4j' });
        chunksAfter.push(Number(found.records[0]!.get('chunks') ?? 0));
      }
      // 1 … 16 chunks, then written whole (none), then appended again.
      expect(chunksAfter).toEqual([...Array.from({ length: 16 }, (_, i) => i + 1), 0, 1]);
      expect(await store.getEdge(hubEdge.id)).toEqual(withReleases(18).edges.find((e) => e.id === hubEdge.id));
      const incremental = await checksum();
      await expectHonestDigests();
      expect(await cleanLoadChecksum(withReleases(18))).toEqual(incremental);
    }, 240_000);
  });

  describe('a graph that drops records and changes hubs', () => {
    it('merges as the embedded store does: dropped records stay, changed hub attributes and evidence are unioned, the digests stay honest', async () => {
      const older = await scaledSeedGraph(3);
      // The most connected node and its most cited relationship: hubs, as a country or the ministry.
      const degree = new Map<string, number>();
      for (const e of older.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
      const hub = [...degree].sort((a, b) => b[1] - a[1])[0]![0];
      const hubEdge = [...older.edges].filter((e) => e.source === hub || e.target === hub).sort((a, b) => b.attributes.evidence.length - a.attributes.evidence.length)[0]!;
      const ends = new Set([hub, hubEdge.source, hubEdge.target]);
      const dropped = older.nodes.find((n) => n.attributes.label === 'Person' && !ends.has(n.id) && degree.has(n.id))!;
      const newer: GraphData = {
        ...older,
        nodes: older.nodes
          .filter((n) => n.id !== dropped.id)
          .map((n) => (n.id === hub ? { ...n, attributes: { ...n.attributes, aliases: [...n.attributes.aliases, 'A New Alias'], docIds: [...(n.attributes.docIds ?? []), 'doc:new'] } } : n)),
        edges: older.edges
          .filter((e) => e.source !== dropped.id && e.target !== dropped.id)
          .map((e) =>
            e.id === hubEdge.id
              ? { ...e, attributes: { ...e.attributes, docIds: [...e.attributes.docIds, 'doc:new'], count: e.attributes.count + 1, evidence: [...e.attributes.evidence, { ...e.attributes.evidence[0]!, docId: 'doc:new', sentence: 'A new sentence.' }] } }
              : e,
          ),
      };
      await cleanLoadChecksum(older);
      const report = await loadGraph(driver, 'neo4j', newer, LOAD);
      expect(report).toMatchObject({ digests: 'valid', nodesWritten: 1, edgesWritten: 1 });
      const incremental = await checksum();
      await expectHonestDigests();

      const embedded = createEmbeddedStore(older);
      await embedded.load(newer);
      const merged = await contentOf(embedded);
      expect(merged.nodes.some((n) => n.id === dropped.id)).toBe(true);
      expect((await store.getNode(hub))?.attributes.aliases).toContain('A New Alias');
      expect(await store.listNodes()).toEqual(merged.nodes);
      expect((await contentOf(store)).edges).toEqual(merged.edges);

      // The dropped records keep their buckets apart from the newer graph's: compared again, nothing written.
      const again = await loadGraph(driver, 'neo4j', newer, LOAD);
      expect(again).toMatchObject({ digests: 'valid', nodesWritten: 0, edgesWritten: 0 });
      expect(again.compared.records).toBeLessThan(50);
      expect(await checksum()).toEqual(incremental);
      expect(await cleanLoadChecksum(merged)).toEqual(incremental);
    }, 180_000);
  });

  describe('a database without trusted digests', () => {
    it('compares every record once, rebuilds the digests from every stored hash, and trusts them from then on', async () => {
      const graph = await scaledSeedGraph(2);
      const clean = await cleanLoadChecksum(graph);
      await driver.executeQuery('MATCH (d:TradegraphLoadDigests) DELETE d', {}, { database: 'neo4j' });
      const rebuilt = await loadGraph(driver, 'neo4j', graph, LOAD);
      expect(rebuilt).toMatchObject({ digests: 'rebuilt', nodesWritten: 0, edgesWritten: 0 });
      expect(await checksum()).toEqual(clean);
      await expectHonestDigests();
      expect(await loadGraph(driver, 'neo4j', graph, LOAD)).toMatchObject({ digests: 'valid', compared: { buckets: 0 } });
    }, 120_000);
  });

  describe('a database changed behind the loader', () => {
    it('notices a node a user deleted: compares every record, writes back what is missing, and ends as a clean load', async () => {
      const graph = await scaledSeedGraph(2);
      const clean = await cleanLoadChecksum(graph);
      const degree = new Map<string, number>();
      for (const e of graph.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
      const victim = graph.nodes.find((n) => n.attributes.label === 'Person' && degree.has(n.id))!;
      const deletedEdges = graph.edges.filter((e) => e.source === victim.id || e.target === victim.id).length;
      await driver.executeQuery('MATCH (n:Node {id: $id}) DETACH DELETE n', { id: victim.id }, { database: 'neo4j' });

      const report = await loadGraph(driver, 'neo4j', graph, LOAD);
      expect(report).toMatchObject({ digests: 'rebuilt', nodesWritten: 1, edgesWritten: deletedEdges });
      expect(await checksum()).toEqual(clean);
      await expectHonestDigests();
    }, 120_000);
  });

  describe('two loads at once', () => {
    it('run one after the other: a load waits while another holds the load lock', async () => {
      const seeds = await scaledSeedGraph(1);
      await store.clear();
      const lock = await holdLoadLock(driver, 'neo4j');
      let finished = false;
      const waiting = loadGraph(driver, 'neo4j', seeds, LOAD).then((report) => {
        finished = true;
        return report;
      });
      await new Promise((r) => setTimeout(r, 1500));
      expect(finished).toBe(false);
      await lock.release();
      expect((await waiting).nodesCreated).toBe(seeds.nodes.length);
      await expectHonestDigests();
    });
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

      // The killed load had marked the digests untrusted before its first write: the rerun compares every record.
      expect(await loadGraph(driver, 'neo4j', graph, LOAD)).toMatchObject({ digests: 'rebuilt' });
      const rerun = await checksum();
      await expectHonestDigests();
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
