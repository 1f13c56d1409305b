import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../src/domain/index.js';
import { encode, schemaErrors, startSeedApp, type RunningApp } from './app-harness.js';

/** The analytics endpoints over the seed graph, every answer checked against the OpenAPI document. */
describe('the analytics API over the seed graph', () => {
  let graph: GraphData;
  let app: RunningApp;
  beforeAll(async () => {
    ({ app, graph } = await startSeedApp());
  });
  afterAll(() => app?.close());

  async function expectConforming(path: string, schema: string) {
    const { status, body } = await app.get(path);
    expect({ path, status }).toEqual({ path, status: 200 });
    expect({ path, errors: schemaErrors(schema, body) }).toEqual({ path, errors: [] });
    return body;
  }

  it('answers meetings and agreements per country per quarter and per year, one count per period in each column', async () => {
    for (const by of ['quarter', 'year']) {
      const body = await expectConforming(`/api/analytics/countries?by=${by}`, 'CountriesAnalytics');
      expect(body.by).toBe(by);
      expect(body.countries.length).toBeGreaterThan(0);
      const lengths = body.countries.flatMap((row: { series: { meetings: number[]; agreements: number[] } }) => [row.series.meetings.length, row.series.agreements.length]);
      expect(new Set(lengths)).toEqual(new Set([body.periods.length]));
    }
    expect((await app.get('/api/analytics/countries')).body.by).toBe('quarter');
  });

  it('answers the counterparts of every person and the activity of every country within the contract', async () => {
    for (const person of graph.nodes.filter((n) => n.attributes.label === 'Person')) {
      await expectConforming(`/api/persons/${encode(person.id)}/counterparts?limit=5`, 'Counterparts');
    }
    for (const country of graph.nodes.filter((n) => n.attributes.label === 'Country')) {
      await expectConforming(`/api/countries/${encode(country.id.slice('country:'.length))}/activity?by=year`, 'CountryActivity');
    }
    const korea = await expectConforming('/api/countries/korea/activity', 'CountryActivity');
    expect(korea.totals.mentions).toBeGreaterThan(0);
  });

  it.each([
    ['/api/analytics/countries?by=month', 400, 'BAD_PARAMETER'],
    ['/api/countries/KR/activity?by=week', 400, 'BAD_PARAMETER'],
    ['/api/countries/Atlantis/activity', 404, 'COUNTRY_NOT_FOUND'],
    [`/api/persons/${encode('person:nobody')}/counterparts`, 404, 'PERSON_NOT_FOUND'],
    [`/api/persons/${encode('country:KR')}/counterparts`, 404, 'PERSON_NOT_FOUND'],
    ['/api/persons/x/counterparts?limit=0', 400, 'BAD_PARAMETER'],
  ])('refuses %s with %i %s', async (path, status, code) => {
    const answer = await app.get(path);
    expect({ status: answer.status, code: answer.body.error?.code }).toEqual({ status, code });
  });
});
