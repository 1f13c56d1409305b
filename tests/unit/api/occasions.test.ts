import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encode, schemaErrors, startSeedApp, type Json, type RunningApp } from './app-harness.js';

/** GET /api/occasions over the seed graph, every answer checked against the OpenAPI document. */
describe('the occasions API over the seed graph', () => {
  let app: RunningApp;
  beforeAll(async () => {
    ({ app } = await startSeedApp());
  });
  afterAll(() => app?.close());

  async function expectConforming(path: string) {
    const { status, body } = await app.get(path);
    expect({ path, status }).toEqual({ path, status: 200 });
    expect({ path, errors: schemaErrors('OccasionList', body) }).toEqual({ path, errors: [] });
    return body;
  }

  it('answers “all meetings with Chinese officials this year” in one request, one row per occasion', async () => {
    const body = await expectConforming('/api/occasions?country=CN&from=2025-01-01&to=2025-12-31');
    expect(body.total).toBe(4);
    for (const row of body.occasions) expect([row.a.country, row.b.country]).toContain('CN');
    expect(body.occasions.at(-1)).toMatchObject({ date: '2025-12-11', event: 'Korea–China Trade Ministers’ Meeting', place: 'Beijing' });
  });

  it.each([
    '/api/occasions',
    '/api/occasions?limit=3&offset=2',
    `/api/occasions?person=${encode('person:kang-gam-chan')}`,
    '/api/occasions?country=korea&from=2025-11-20',
    '/api/occasions?to=2025-10-01',
    '/api/occasions?country=Sweden&person=person%3Aprince-daniel',
  ])('answers %s within the contract', async (path) => {
    await expectConforming(path);
  });

  it('puts the person asked for first in every row', async () => {
    const body = await expectConforming(`/api/occasions?person=${encode('person:yeo-han-koo')}`);
    expect(body.occasions.length).toBeGreaterThan(3);
    expect(body.occasions.every((row: Json) => row.a.id === 'person:yeo-han-koo')).toBe(true);
  });

  it.each([
    ['/api/occasions?from=2025/01/01', 400, 'BAD_PARAMETER'],
    ['/api/occasions?limit=0', 400, 'BAD_PARAMETER'],
    ['/api/occasions?country=%20%20', 400, 'BAD_PARAMETER'],
    ['/api/occasions?country=Atlantis', 404, 'COUNTRY_NOT_FOUND'],
    [`/api/occasions?person=${encode('person:nobody')}`, 404, 'PERSON_NOT_FOUND'],
    [`/api/occasions?person=${encode('country:CN')}`, 404, 'PERSON_NOT_FOUND'],
  ])('refuses %s with %i %s', async (path, status, code) => {
    const answer = await app.get(path);
    expect({ status: answer.status, code: answer.body.error?.code }).toEqual({ status, code });
  });
});
