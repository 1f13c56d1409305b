import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphStore } from '../../src/domain/store.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { freePort, startNeo4j, type RunningNeo4j } from '../../scripts/neo4j-launcher.js';
import { fixtureGraph, ids } from '../contract/fixture-graph.js';
import { describeWithJava, neo4jConfig } from '../setup/neo4j.js';
import { serveStore, type ApiServer } from './support/api-server.js';

/** How long any endpoint may take to say the database is gone. */
const ANSWER_WITHIN_MS = 2_000;

describeWithJava('the API when Neo4j goes down under it', () => {
  const home = mkdtempSync(join(tmpdir(), 'tradegraph-neo4j-down-'));
  let server: RunningNeo4j;
  let store: GraphStore;
  let api: ApiServer;
  beforeAll(async () => {
    server = await startNeo4j({ port: await freePort(), home, jit: 'startup', heap: '256m', pageCache: '16m' });
    store = await createNeo4jStore(neo4jConfig({ uri: server.uri, password: '' }));
    await store.load(fixtureGraph);
    api = await serveStore(store, { webDir: null });
    expect((await fetch(`${api.url}/api/stats`)).status).toBe(200);
    await server.kill();
  });
  afterAll(async () => {
    await api?.close();
    await store?.close();
    await server?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it.each([
    ['GET /api/stats', '/api/stats', undefined],
    ['GET /api/entities/:id', `/api/entities/${encodeURIComponent(ids.kim)}`, undefined],
    ['GET /api/search', '/api/search?q=kim', undefined],
    ['POST /api/cypher', '/api/cypher', { query: 'RETURN 1' }],
  ])(`answers %s with 503 NEO4J_UNREACHABLE within ${ANSWER_WITHIN_MS} ms, without the server's address`, async (_name, path, body) => {
    const started = performance.now();
    const response = await fetch(`${api.url}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const elapsed = performance.now() - started;
    const text = await response.text();
    expect({ status: response.status, code: (JSON.parse(text) as { error: { code: string } }).error.code }).toEqual({ status: 503, code: 'NEO4J_UNREACHABLE' });
    expect(text).not.toContain(server.uri);
    expect(text).not.toMatch(/bolt:|ECONNREFUSED|Neo4jError/);
    expect(elapsed).toBeLessThan(ANSWER_WITHIN_MS);
  });
});
