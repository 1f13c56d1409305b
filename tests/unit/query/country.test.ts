import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { countryProfile } from '../../../src/query/index.js';
import { fixtureGraph, ids } from './fixture-graph.js';

describe('countryProfile', () => {
  const store = createEmbeddedStore(fixtureGraph());

  it('gathers a country’s officials, organisations and the meetings with their Korean counterparts', async () => {
    const profile = await countryProfile(store, 'eu');
    expect(profile.country.id).toBe('country:EU');
    expect(profile.officials.map((p) => p.id)).toEqual([ids.SEF]);
    expect(profile.organizations.map((o) => o.id)).toEqual([ids.EC]);
    expect(profile.meetings).toEqual([expect.objectContaining({ official: expect.objectContaining({ id: ids.SEF }), counterpart: expect.objectContaining({ id: ids.YEO, country: 'KR' }) })]);
    expect(profile.counterparts.map((p) => p.id)).toEqual([ids.YEO]);
  });

  it('counts its agreements by kind and status', async () => {
    const profile = await countryProfile(store, 'KR');
    expect(profile.agreements.map((a) => a.id)).toEqual([ids.FTA, ids.MOU]);
    expect(profile.agreementsByKind).toEqual({ FTA: { in_force: 1 }, MOU: { signed: 1 } });
    expect(profile.agreements[1]!.signatories.map((s) => s.id)).toEqual([ids.SEF, ids.YEO]);
  });

  it('lays meetings, agreements and events on a dated timeline and as elements', async () => {
    const profile = await countryProfile(store, 'EU');
    expect(profile.timeline.map((t) => [t.date, t.kind])).toEqual([
      ['2025-09-16', 'agreement'],
      ['2025-09-16', 'event'],
      ['2025-09-16', 'meeting'],
    ]);
    expect(profile.elements.nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining(['country:EU', ids.SEF, ids.YEO, ids.MOU, ids.EV_BRU]));
    expect(profile.elements.edges.map((e) => e.data.type)).toEqual(expect.arrayContaining(['MET', 'REPRESENTS', 'PARTY_TO']));
  });

  it.each([
    ['XX', 'COUNTRY_NOT_FOUND'],
    ['Korea', 'BAD_COUNTRY_CODE'],
  ])('refuses %s with %s', async (code, expected) => {
    await expect(countryProfile(store, code)).rejects.toMatchObject({ code: expected });
  });
});
