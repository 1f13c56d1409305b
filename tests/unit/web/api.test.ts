import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, asError, queryString } from '../../../web/js/api.js';

describe('queryString', () => {
  it('leaves out unset and empty values and empty lists', () => {
    expect(queryString({ q: 'lee', limit: 10, labels: [], from: undefined, to: null, types: '' })).toBe('?q=lee&limit=10');
  });

  it('joins lists with commas', () => {
    expect(queryString({ types: ['MET', 'SIGNED'] })).toBe('?types=MET%2CSIGNED');
  });

  it('gives an empty string when nothing is set', () => {
    expect(queryString({ q: undefined })).toBe('');
  });
});

describe('api', () => {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const answer = (status: number, body: unknown) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        calls.push({ url, init });
        return new Response(body === undefined ? 'not json' : JSON.stringify(body), { status, statusText: status === 200 ? 'OK' : 'Bad Gateway' });
      }),
    );

  afterEach(() => {
    vi.unstubAllGlobals();
    calls.length = 0;
  });

  it.each([
    ['an entity', () => api.entity('person:a>b'), '/api/entities/person%3Aa%3Eb'],
    ['a neighbourhood', () => api.neighbourhood('person:a', { limit: 150, types: ['MET'] }), '/api/entities/person%3Aa/neighbourhood?limit=150&types=MET'],
    ['an edge', () => api.edge('edge:person:a>MET>person:b'), '/api/edges/edge%3Aperson%3Aa%3EMET%3Eperson%3Ab'],
    ['a document', () => api.document('doc:2025/01'), '/api/documents/doc%3A2025%2F01'],
    ['a country', () => api.country('KR'), '/api/countries/KR'],
    ["a country's drawing", () => api.countryGraph('Côte d’Ivoire', { limit: 20 }), '/api/countries/C%C3%B4te%20d%E2%80%99Ivoire/graph?limit=20'],
    ['a path', () => api.path('person:a', 'country:KR', { maxDepth: 4 }), '/api/path?from=person%3Aa&to=country%3AKR&maxDepth=4'],
    ['a search', () => api.search('lee', { labels: ['Country'] }), '/api/search?q=lee&limit=10&labels=Country'],
    ['the countries analytics', () => api.countriesAnalytics('year'), '/api/analytics/countries?by=year'],
    ["a person's counterparts", () => api.counterparts('person:a', { limit: 10 }), '/api/persons/person%3Aa/counterparts?limit=10'],
  ])('asks for %s with every id URL-encoded', async (_case, call, url) => {
    answer(200, {});
    await call();
    expect(calls[0]?.url).toBe(url);
  });

  it('posts a Cypher query as JSON', async () => {
    answer(200, { columns: [], rows: [], elements: { nodes: [], edges: [] }, truncated: false });
    await api.cypher('MATCH (n) RETURN n', { limit: 5 });
    expect(calls[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ query: 'MATCH (n) RETURN n', params: { limit: 5 } });
  });

  it("turns the server's error body into an ApiError with its status and code", async () => {
    answer(404, { error: { code: 'ENTITY_NOT_FOUND', message: 'No entity person:x' } });
    await expect(api.entity('person:x')).rejects.toMatchObject({ name: 'ApiError', status: 404, code: 'ENTITY_NOT_FOUND', message: 'No entity person:x' });
  });

  it('names an error without a JSON body by its HTTP status', async () => {
    answer(502, undefined);
    await expect(api.stats()).rejects.toMatchObject({ status: 502, code: 'HTTP_502', message: 'Bad Gateway' });
  });

  it('reports an unreachable server as NETWORK with status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
    await expect(api.stats()).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });
});

describe('asError', () => {
  it('keeps an ApiError with its code', () => {
    const error = new ApiError(404, 'ENTITY_NOT_FOUND', 'gone');
    expect(asError(error)).toBe(error);
  });

  it.each([
    ['an Error', new Error('boom'), { message: 'boom' }],
    ['a thrown string', 'boom', { message: 'boom' }],
  ])('gives %s a message', (_case, value, shape) => {
    expect(asError(value)).toEqual(shape);
  });
});
