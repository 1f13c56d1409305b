import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encode, schemaErrors, startApp, type RunningApp } from './app-harness.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { StoreError, type GraphStore } from '../../../src/domain/index.js';
import { fixtureGraph, ids } from '../query/fixture-graph.js';

describe('errors over HTTP', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ config: { bodyLimitBytes: 1000 }, webDir: null });
  });
  afterAll(() => app.close());

  it.each([
    ['/api/search', 'q'],
    ['/api/search?q=kim&limit=0', 'limit'],
    ['/api/search?q=kim&limit=ten', 'limit'],
    ['/api/search?q=kim&labels=Human', 'labels'],
    ['/api/search?q=a&q=b', 'q'],
    [`/api/entities/${encode(ids.KIM)}/neighbourhood?depth=9`, 'depth'],
    [`/api/entities/${encode(ids.KIM)}/neighbourhood?types=KNOWS`, 'types'],
    [`/api/entities/${encode(ids.KIM)}/neighbourhood?from=July`, 'from'],
    [`/api/meetings?a=${encode(ids.KIM)}`, 'b'],
    [`/api/path?from=${encode(ids.KIM)}&to=${encode(ids.YEO)}&maxDepth=99`, 'maxDepth'],
    ['/api/agreements?party=Korea', 'party'],
    ['/api/agreements?status=done', 'status'],
    ['/api/agreements?from=2025-13-45', 'from'],
    ['/api/agreements?to=2025-02-30', 'to'],
  ])('answers GET %s with 400 naming "%s"', async (path, parameter) => {
    const { status, body } = await app.get(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('BAD_PARAMETER');
    expect(body.error.message).toContain(`"${parameter}"`);
    expect(schemaErrors('Error', body)).toEqual([]);
  });

  it.each([
    [`/api/entities/${encode('person:nobody')}`, 'ENTITY_NOT_FOUND'],
    [`/api/persons/${encode(ids.MOTIR)}/meetings`, 'PERSON_NOT_FOUND'],
    ['/api/countries/ZZ', 'COUNTRY_NOT_FOUND'],
    [`/api/documents/${encode('doc:missing')}`, 'DOCUMENT_NOT_FOUND'],
    [`/api/edges/${encode('MET:a->b')}`, 'EDGE_NOT_FOUND'],
    ['/api/nowhere', 'ROUTE_NOT_FOUND'],
  ])('answers GET %s with 404 %s', async (path, code) => {
    const { status, body } = await app.get(path);
    expect(status).toBe(404);
    expect(body.error.code).toBe(code);
  });

  it('answers a path with a malformed %-escape with 400 BAD_URL, not a server failure', async () => {
    const { status, body } = await app.get('/api/entities/%E0%A4%A');
    expect(status).toBe(400);
    expect(body.error.code).toBe('BAD_URL');
    expect(schemaErrors('Error', body)).toEqual([]);
  });

  it('answers Cypher on the embedded store with 501 and how to start Neo4j', async () => {
    const { status, body } = await app.post('/api/cypher', JSON.stringify({ query: 'MATCH (n) RETURN n LIMIT 1' }));
    expect(status).toBe(501);
    expect(body.error.code).toBe('CYPHER_NOT_SUPPORTED');
    expect(body.error.message).toContain('npm run neo4j:start');
  });

  it.each([
    ['a body over the limit', JSON.stringify({ query: 'x'.repeat(2000) }), 413, 'BODY_TOO_LARGE'],
    ['malformed JSON', '{"query": ', 400, 'BAD_JSON'],
    ['no query', JSON.stringify({ params: {} }), 400, 'BAD_PARAMETER'],
    ['bad parameters', JSON.stringify({ query: 'RETURN $x', params: { x: [[[[[1]]]]] } }), 400, 'CYPHER_PARAMS_INVALID'],
  ])('answers a Cypher request with %s by %i %s', async (_name, body, status, code) => {
    const response = await app.post('/api/cypher', body);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });
});

describe('errors from the store', () => {
  function failingStore(error: Error): GraphStore {
    return { ...createEmbeddedStore(fixtureGraph()), getNode: async () => Promise.reject(error) };
  }

  it('answers 503 with the store error\'s code when the backend is unreachable, without its address', async () => {
    const app = await startApp({ store: failingStore(new StoreError('NEO4J_UNREACHABLE', 'Neo4j at bolt://localhost:7687 did not answer.')), webDir: null });
    try {
      const { status, body } = await app.get(`/api/entities/${encode(ids.KIM)}`);
      expect(status).toBe(503);
      expect(body.error.code).toBe('NEO4J_UNREACHABLE');
      expect(JSON.stringify(body)).not.toContain('bolt://');
    } finally {
      await app.close();
    }
  });

  it('answers 500 with a generic message and no stack for an unexpected failure', async () => {
    const app = await startApp({ store: failingStore(new TypeError('secret internals at /srv/app.js:1')), webDir: null });
    try {
      const { status, body } = await app.get(`/api/entities/${encode(ids.KIM)}`);
      expect(status).toBe(500);
      expect(body.error.code).toBe('INTERNAL');
      expect(JSON.stringify(body)).not.toMatch(/secret|app\.js|TypeError/);
    } finally {
      await app.close();
    }
  });
});
