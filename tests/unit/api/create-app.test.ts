import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encode, schemaErrors, startApp, type RunningApp } from './app-harness.js';
import { ids } from '../query/fixture-graph.js';

const MET = 'MET:person:jamieson-greer->person:kim-jung-kwan';

describe('createApp', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it.each([
    ['/api/search?q=kim%20jung%20kwan', 'SearchResult'],
    ['/api/search?q=motir&labels=Organization,Person&limit=3', 'SearchResult'],
    [`/api/entities/${encode(ids.KIM)}`, 'EntityDetail'],
    [`/api/entities/${encode(ids.YEO)}?documentOffset=0&documentLimit=1`, 'EntityDetail'],
    [`/api/entities/${encode(ids.KIM)}/neighbourhood?depth=2&types=MET,ATTENDED&from=2025-01-01&to=2025-12-31&limit=50`, 'Neighbourhood'],
    [`/api/persons/${encode(ids.YEO)}/meetings`, 'PersonMeetings'],
    [`/api/meetings?a=${encode(ids.YEO)}&b=${encode(ids.SEF)}`, 'PairMeetings'],
    ['/api/countries/eu', 'CountryProfile'],
    ['/api/countries/eu/graph?offset=0&limit=5', 'CountryGraph'],
    [`/api/path?from=${encode(ids.KIM)}&to=${encode(ids.SEF)}&maxDepth=5&limit=3`, 'PathResult'],
    ['/api/agreements?kind=MOU,FTA&status=signed&party=kr&from=2025-01-01', 'AgreementList'],
    [`/api/documents/${encode(ids.DOC_B)}`, 'DocumentView'],
    [`/api/edges/${encode(MET)}`, 'EdgeDetail'],
    ['/api/stats', 'Stats'],
  ])('answers GET %s with a %s as the OpenAPI document describes it', async (path, schema) => {
    const { status, body, headers } = await app.get(path);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(schemaErrors(schema, body)).toEqual([]);
  });

  it('finds the entity asked for by a URL-encoded id, and by one with a bare colon', async () => {
    expect((await app.get(`/api/entities/${encode(ids.KIM)}`)).body.name).toBe('Kim Jung-kwan');
    expect((await app.get(`/api/entities/${ids.KIM}`)).body.name).toBe('Kim Jung-kwan');
  });

  it('pages the documents naming an entity by documentOffset and documentLimit, saying how many there are', async () => {
    const { body } = await app.get(`/api/entities/${encode(ids.YEO)}?documentOffset=1&documentLimit=1`);
    expect(body).toMatchObject({ documents: [], documentTotal: 1, documentPage: { offset: 1, limit: 1 } });
    expect((await app.get(`/api/entities/${encode(ids.YEO)}?documentLimit=0`)).status).toBe(400);
  });

  it('answers the search for a name with its entity first', async () => {
    const { body } = await app.get('/api/search?q=Yeo%20Hankoo');
    expect(body.hits[0]).toMatchObject({ id: ids.YEO, label: 'Person', name: 'Yeo Han-koo' });
  });

  it('gives an edge with its evidence sentence and the document’s title for the side panel', async () => {
    const { body } = await app.get(`/api/edges/${encode(MET)}`);
    expect(body.evidence[0].sentence).toContain('Jamieson Greer');
    expect(body.documents[0]).toMatchObject({ id: ids.DOC_A, title: 'Minister Kim Jung-kwan meets USTR Greer in Washington', date: '2025-07-31' });
  });

  it('serves an OpenAPI 3.1 document with a schema for every response', async () => {
    const { status, body } = await app.get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/search', '/api/entities/{id}/neighbourhood', '/api/cypher', '/api/edges/{id}']));
  });

  it('routes every operation the OpenAPI document lists', async () => {
    const { openApiDocument } = await import('../../../src/api/index.js');
    for (const [template, operations] of Object.entries(openApiDocument.paths)) {
      const path = template.replace('{id}', encode(ids.KIM)).replace('{code}', 'KR');
      const method = Object.keys(operations)[0]!;
      const response = method === 'post' ? await app.post(path, '{}') : await app.get(path);
      expect({ template, code: response.body?.error?.code }).not.toEqual({ template, code: 'ROUTE_NOT_FOUND' });
    }
  });

  it('sends security headers and a content security policy that admits only its own scripts', async () => {
    const { headers } = await app.get('/api/stats');
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-powered-by')).toBeNull();
  });

  it('serves the viewer at / next to the API', async () => {
    const { status, headers } = await app.get('/');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/html/);
  });
});

describe('createApp with CORS origins', () => {
  it('allows only the configured origin', async () => {
    const app = await startApp({ config: { corsOrigins: ['http://viewer.example'] }, webDir: null });
    try {
      const allowed = await fetch(`${app.url}/api/stats`, { headers: { origin: 'http://viewer.example' } });
      const other = await fetch(`${app.url}/api/stats`, { headers: { origin: 'http://evil.example' } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://viewer.example');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await app.close();
    }
  });
});
