import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeRecord, GraphData, NodeRecord } from '../../src/domain/graph.js';
import { SCHEMA_VERSION } from '../../src/domain/graph.js';
import type { GraphStore } from '../../src/domain/store.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { createNeo4jStore, graphChecksumAt } from '../../src/store/neo4j/index.js';
import { freePort, startNeo4j, type RunningNeo4j } from '../../scripts/neo4j-launcher.js';
import { describeWithJava, neo4jConfig } from '../setup/neo4j.js';

const PASSWORD = 'correct-horse-battery';

describe('Neo4j store connection failures', () => {
  it('reports an address where nothing listens as NEO4J_UNREACHABLE, naming the URI and how to start a server', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const failure = createNeo4jStore({ uri, user: 'neo4j', password: '', database: 'neo4j' }, { connectionTimeoutMs: 2000 });
    await expect(failure).rejects.toMatchObject({ name: 'StoreError', code: 'NEO4J_UNREACHABLE' });
    await expect(failure).rejects.toThrow(uri);
    await expect(failure).rejects.toThrow('npm run neo4j:start');
  });
});

describeWithJava('Neo4j store against a server of its own', () => {
  const homes: string[] = [];
  const freshHome = () => {
    const home = mkdtempSync(join(tmpdir(), 'tradegraph-neo4j-fault-'));
    homes.push(home);
    return home;
  };
  afterAll(() => homes.forEach((home) => rmSync(home, { recursive: true, force: true })));

  describe('with auth on', () => {
    let server: RunningNeo4j;
    beforeAll(async () => {
      server = await startNeo4j({ port: await freePort(), home: freshHome(), password: PASSWORD, jit: 'startup' });
    });
    afterAll(async () => server?.stop());

    it('reports a wrong password as NEO4J_AUTH, pointing at NEO4J_PASSWORD', async () => {
      const failure = createNeo4jStore(neo4jConfig({ uri: server.uri, password: 'not-the-password' }));
      await expect(failure).rejects.toMatchObject({ name: 'StoreError', code: 'NEO4J_AUTH' });
      await expect(failure).rejects.toThrow('NEO4J_PASSWORD');
    });

    it('connects with the right password', async () => {
      const store = await createNeo4jStore(neo4jConfig({ uri: server.uri, password: PASSWORD }));
      expect(await store.counts()).toEqual({ nodesByLabel: {}, edgesByType: {} });
      await store.close();
    });
  });

  describe('when the server is killed in the middle of a load', () => {
    const graph = chainGraph(3000);
    let home: string;
    let port: number;
    let server: RunningNeo4j | undefined;
    beforeAll(async () => {
      home = freshHome();
      port = await freePort();
    });
    afterAll(async () => server?.stop());

    it('fails that load as NEO4J_UNREACHABLE and, restarted on the same data, converges to the checksum of a clean load', async () => {
      server = await startNeo4j({ port, home, jit: 'startup' });
      const first = await createNeo4jStore(neo4jConfig({ uri: server.uri, password: '' }), { batchSize: 100, maxRetryTimeMs: 1000 });
      const load = first.load(graph);
      load.catch(() => undefined);
      const watcher = await createNeo4jStore(neo4jConfig({ uri: server.uri, password: '' }));
      while (Object.keys((await watcher.counts()).nodesByLabel).length === 0) await new Promise((r) => setTimeout(r, 20));
      await server.kill();
      await expect(load).rejects.toMatchObject({ code: 'NEO4J_UNREACHABLE' });
      await Promise.allSettled([first.close(), watcher.close()]);

      server = await startNeo4j({ port, home, jit: 'startup' });
      const config = neo4jConfig({ uri: server.uri, password: '' });
      const second = await createNeo4jStore(config);
      try {
        await second.load(graph);
        await expectSameGraph(second, createEmbeddedStore(graph), graph);
        const rerun = await graphChecksumAt(config);
        await second.clear();
        await second.load(graph);
        expect(await graphChecksumAt(config)).toEqual(rerun);
      } finally {
        await second.close();
      }
    }, 300_000);
  });
});

/** Persons in a chain, each MET to the next, with evidence: many batches of nodes, then of edges. */
function chainGraph(size: number): GraphData {
  const id = (i: number) => `person:p${String(i).padStart(6, '0')}`;
  const nodes: NodeRecord[] = Array.from({ length: size }, (_, i) => ({
    id: id(i),
    attributes: { label: 'Person', name: `Person ${i}`, aliases: [`P${i}`], docIds: ['doc:1'] },
  }));
  const edges: EdgeRecord[] = Array.from({ length: size - 1 }, (_, i) => ({
    id: `MET:${id(i)}->${id(i + 1)}`,
    source: id(i),
    target: id(i + 1),
    attributes: {
      type: 'MET',
      docIds: ['doc:1'],
      count: 1,
      firstDate: '2024-01-01',
      lastDate: '2024-01-01',
      evidence: [{ docId: 'doc:1', date: '2024-01-01', sentence: `Person ${i} met Person ${i + 1}.`, sentenceStart: 0, start: 0, end: 8 }],
    },
  }));
  return { schemaVersion: SCHEMA_VERSION, nodes, edges };
}

async function expectSameGraph(actual: GraphStore, expected: GraphStore, graph: GraphData): Promise<void> {
  expect(await actual.counts()).toEqual(await expected.counts());
  expect(await actual.listNodes()).toEqual(await expected.listNodes());
  const every = await actual.cypher('MATCH ()-[r]->() RETURN r', {}, { timeoutMs: 60_000, rowLimit: graph.edges.length + 1 });
  expect(every.truncated).toBe(false);
  expect(every.edges).toEqual(graph.edges);
}
