import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { encode, schemaErrors, startApp, type RunningApp } from './app-harness.js';

/** GET /api/documents/search over the seed graph, every answer checked against the OpenAPI document. */
describe('GET /api/documents/search', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ store: createEmbeddedStore((await runPipeline(['seeds'])).graph), webDir: null });
  });
  afterAll(() => app?.close());

  it('answers "which releases mention Barakah?" with ranked hits and marked snippets, within the contract', async () => {
    const { status, body } = await app.get('/api/documents/search?q=barakah');
    expect(status).toBe(200);
    expect(schemaErrors('TextSearchResult', body)).toEqual([]);
    expect(body.total).toBeGreaterThan(0);
    for (const hit of body.hits) {
      expect(hit.snippet.marks.map((m: { start: number; end: number }) => hit.snippet.text.slice(m.start, m.end).toLowerCase())).toContain('barakah');
    }
  });

  it.each([
    'q=trade&limit=3&offset=1',
    'q=nuclear&from=2020-01-01&to=2030-12-31',
    'q=trade&country=korea',
    'q=trade&country=KR&entity=country%3AKR',
    'q=zzqxwv',
  ])('answers %s within the contract', async (params) => {
    const { status, body } = await app.get(`/api/documents/search?${params}`);
    expect(status).toBe(200);
    expect(schemaErrors('TextSearchResult', body)).toEqual([]);
    expect(body.hits.length).toBeLessThanOrEqual(body.page.limit);
  });

  it.each([
    ['q=', 400, 'BAD_PARAMETER'],
    ['q=%20%20', 400, 'BAD_PARAMETER'],
    ['q=trade&from=2025-13-01', 400, 'BAD_PARAMETER'],
    ['q=trade&limit=0', 400, 'BAD_PARAMETER'],
    ['q=trade&country=Atlantis', 404, 'COUNTRY_NOT_FOUND'],
    [`q=trade&entity=${encode('person:nobody')}`, 404, 'ENTITY_NOT_FOUND'],
  ])('refuses %s with %i %s', async (params, status, code) => {
    const answer = await app.get(`/api/documents/search?${params}`);
    expect({ status: answer.status, code: answer.body.error?.code }).toEqual({ status, code });
    expect(schemaErrors('Error', answer.body)).toEqual([]);
  });
});
