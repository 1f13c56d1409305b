import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encode, schemaErrors, startSeedApp, type Json, type RunningApp } from './app-harness.js';

/** GET /api/agreements/{id} over the seed graph, every answer checked against the OpenAPI document. */
describe('the agreement lifecycle API over the seed graph', () => {
  let app: RunningApp;
  beforeAll(async () => {
    ({ app } = await startSeedApp());
  });
  afterAll(() => app?.close());

  async function lifecycle(id: string): Promise<Json> {
    const path = `/api/agreements/${encode(id)}`;
    const { status, body } = await app.get(path);
    expect({ path, status }).toEqual({ path, status: 200 });
    expect({ path, errors: schemaErrors('AgreementLifecycle', body) }).toEqual({ path, errors: [] });
    return body;
  }

  const stagesOf = (body: Json) => body.stages.map((s: Json) => [s.stage, s.date, s.dateBasis]);

  it('answers where the Korea–Serbia CEPA stands: launched by its first official round on 2025-12-01', async () => {
    // "the first official round of negotiations for a CEPA between Korea and Serbia ... will be held in Seoul from Monday, December 1"
    const body = await lifecycle('agreement:korea-serbia-comprehensive-economic-partnership-agreement');
    expect(stagesOf(body)).toEqual([
      ['launch', '2025-12-01', 'release'],
      ['round', '2025-12-01', 'event'],
    ]);
    expect(body.stages[0].first.evidence.sentence).toMatch(/^Against this backdrop, the first official round of negotiations/);
    expect(body.stages[1].event).toMatchObject({ label: 'Event', kind: 'negotiation_round' });
    expect(body.current).toMatchObject({ stage: 'round', date: '2025-12-01' });
  });

  it('reads the Korea–ASEAN FTA as in force, then an upgrade planned, each dated by its release', async () => {
    const body = await lifecycle('agreement:korea-asean-fta');
    expect(stagesOf(body)).toEqual([
      ['in_force', '2025-11-17', 'release'],
      ['upgrade_planned', '2025-12-11', 'release'],
    ]);
    expect(body.stages[1].first.evidence.sentence).toMatch(/FTA upgrade negotiations with Singapore and ASEAN/);
    expect(body.current).toEqual({ stage: 'upgrade_planned', date: '2025-12-11', dateBasis: 'release' });
  });

  it('dates the Korea–Uzbekistan MOU by the signing day the release gives, its signing event counted with it', async () => {
    const body = await lifecycle('agreement:korea-uzbekistan-mou');
    expect(stagesOf(body)).toEqual([['signed', '2025-09-30', 'stated']]);
    expect(body.stages[0].count).toBe(2);
    expect(body.stages[0].event).toMatchObject({ kind: 'signing' });
    expect(body.stages[0].first.document).toMatchObject({ title: expect.stringMatching(/Uzbekistan/) });
  });

  it('reads an agreement named in passing after its entry into force as in force on that release, not as signed or undated', async () => {
    // RCEP is only named in passing in the seeds; the reference table of trade agreements knows it in
    // force since 2022, so the release's own date is the evidence (basis `release`), with no event of its own.
    // (An agreement no release gives a stage keeps none: tests/unit/query/agreement-lifecycle.test.ts.)
    const body = await lifecycle('agreement:rcep');
    expect(stagesOf(body)).toEqual([['in_force', '2025-12-15', 'release']]);
    expect(body).toMatchObject({ current: { stage: 'in_force', date: '2025-12-15', dateBasis: 'release' }, mentions: 0, upgradeOf: null, upgrades: [] });
    expect(body.stages[0].event).toBeNull();
  });

  it.each([
    [`/api/agreements/${encode('agreement:nothing')}`, 404, 'AGREEMENT_NOT_FOUND'],
    [`/api/agreements/${encode('country:KR')}`, 404, 'AGREEMENT_NOT_FOUND'],
  ])('refuses %s with %i %s', async (path, status, code) => {
    const response = await app.get(path);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(schemaErrors('Error', response.body)).toEqual([]);
  });
});
