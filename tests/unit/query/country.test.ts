import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { countryProfile, countryProfileJson } from '../../../src/query/index.js';
import { fixtureGraph, ids } from './fixture-graph.js';
import { firstCountryWhoseBytesDiffer } from './json-bytes.js';

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
  });

  it('counts an agreement’s signatories without listing them, and names them on its timeline entry', async () => {
    const profile = await countryProfile(store, 'KR');
    expect(profile.agreements[1]).toMatchObject({ id: ids.MOU, signatoryTotal: 2 });
    expect(profile.agreements[1]).not.toHaveProperty('signatories');
    expect(profile.timeline.find((t) => t.kind === 'agreement' && t.entityIds[0] === ids.MOU)?.entityIds).toEqual([ids.MOU, ids.SEF, ids.YEO]);
  });

  it('lays meetings, agreements and events on a dated timeline', async () => {
    const profile = await countryProfile(store, 'EU');
    expect(profile.timeline.map((t) => [t.date, t.kind])).toEqual([
      ['2025-09-16', 'agreement'],
      ['2025-09-16', 'event'],
      ['2025-09-16', 'meeting'],
    ]);
  });

  it('gives as UTF-8 JSON exactly the bytes JSON.stringify writes of the answer, for every country and page, asked again and again', async () => {
    expect(await firstCountryWhoseBytesDiffer(store, countryProfileJson, countryProfile)).toBeUndefined();
  });

  it('carries the lists and their totals, not the drawing, which countryGraph gives', async () => {
    const profile = await countryProfile(store, 'KR');
    expect(profile).not.toHaveProperty('elements');
    expect(Object.keys(profile).sort()).toEqual(['agreements', 'agreementsByKind', 'counterparts', 'country', 'events', 'meetings', 'officials', 'organizations', 'page', 'timeline', 'totals']);
  });

  it.each([
    ['kr', 'country:KR', 'an alpha-2 code in lower case'],
    ['KOR', 'country:KR', 'an alpha-3 code'],
    ['korea', 'country:KR', 'an alias of the Country node, any case'],
    ['Republic of Korea', 'country:KR', 'a name of several words'],
    ['european union', 'country:EU', 'the name of a bloc the ISO list lacks'],
    ['United States of America', 'country:US', 'the official name from the ISO list'],
    ['  us ', 'country:US', 'a code with spaces around'],
    ['eu', 'country:EU', 'the code of a bloc'],
  ])('finds the country named by %s (%s)', async (code, id) => {
    expect((await countryProfile(store, code)).country.id).toBe(id);
  });

  it.each([['XX'], ['Atlantis'], ['FRA'], ['--']])('answers COUNTRY_NOT_FOUND for %s, which names no country in the graph', async (code) => {
    await expect(countryProfile(store, code)).rejects.toMatchObject({ code: 'COUNTRY_NOT_FOUND' });
  });

  it('cuts every list to the page asked for and says how long each is', async () => {
    const whole = await countryProfile(store, 'KR');
    const first = await countryProfile(store, 'KR', { offset: 0, limit: 1 });
    const second = await countryProfile(store, 'KR', { offset: 1, limit: 1 });
    expect(whole.agreements.map((a) => a.id)).toEqual([ids.FTA, ids.MOU]);
    expect(first.agreements).toEqual(whole.agreements.slice(0, 1));
    expect(second.agreements).toEqual(whole.agreements.slice(1, 2));
    expect(first.timeline).toEqual(whole.timeline.slice(0, 1));
    expect(first.totals).toEqual(whole.totals);
    expect(first.totals.agreements).toBe(2);
    expect(first.page).toEqual({ offset: 0, limit: 1 });
    expect(first.agreementsByKind).toEqual(whole.agreementsByKind);
  });

  it('counts a meeting\'s sentences without quoting them, and its MET edge gives them all', async () => {
    const graph = fixtureGraph();
    const met = graph.edges.find((e) => e.attributes.type === 'MET' && [e.source, e.target].includes(ids.SEF))!;
    const many = Array.from({ length: 5 }, (_, i) => ({ ...met.attributes.evidence[0]!, start: i, end: i + 1 }));
    const big = createEmbeddedStore({ ...graph, edges: graph.edges.map((e) => (e === met ? { ...e, attributes: { ...e.attributes, evidence: many } } : e)) });
    const [meeting] = (await countryProfile(big, 'EU')).meetings;
    expect(meeting).not.toHaveProperty('evidence');
    expect(meeting!.evidenceTotal).toBe(many.length);
    expect(meeting!.edgeIds).toEqual([met.id]);
    expect((await big.getEdge(meeting!.edgeIds[0]!))!.attributes.evidence).toEqual(many);
  });

  it('gives a meeting’s events by id, and the timeline names the day’s place', async () => {
    const profile = await countryProfile(store, 'EU');
    expect(profile.meetings[0]).toMatchObject({ eventIds: [ids.EV_BRU] });
    expect(profile.meetings[0]).not.toHaveProperty('events');
    expect(profile.timeline.find((t) => t.kind === 'meeting')).toMatchObject({ summary: 'Maroš Šefčovič met Yeo Han-koo in Brussels', entityIds: [ids.SEF, ids.YEO, ids.EV_BRU] });
  });
});
