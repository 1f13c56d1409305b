import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { countryGraph, countryGraphJson, countryProfile } from '../../../src/query/index.js';
import { fixtureGraph, ids } from './fixture-graph.js';
import { firstCountryWhoseBytesDiffer } from './json-bytes.js';

describe('countryGraph', () => {
  const store = createEmbeddedStore(fixtureGraph());

  it('draws the country with its officials, counterparts, agreements and events, and the relations between them', async () => {
    const graph = await countryGraph(store, 'EU');
    expect(graph.center).toBe('country:EU');
    expect(graph.elements.nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining(['country:EU', ids.SEF, ids.YEO, ids.MOU, ids.EV_BRU]));
    expect(graph.elements.edges.map((e) => e.data.type)).toEqual(expect.arrayContaining(['MET', 'REPRESENTS', 'PARTY_TO']));
  });

  it('draws exactly the nodes the same page of the lists names, besides the country', async () => {
    for (const page of [undefined, { offset: 0, limit: 1 }, { offset: 1, limit: 1 }, { offset: 5, limit: 3 }]) {
      const profile = await countryProfile(store, 'KR', page);
      const graph = await countryGraph(store, 'KR', page);
      const listed = [profile.officials, profile.organizations, profile.counterparts, profile.agreements, profile.events].flatMap((list) => list.map((item) => item.id));
      expect(graph.elements.nodes.map((n) => n.data.id).sort()).toEqual([...new Set([profile.country.id, ...listed])].sort());
      expect(graph.page).toEqual(profile.page);
    }
  });

  it('draws its nodes without their aliases, which the entity answer gives, and with every other attribute', async () => {
    const { elements } = await countryGraph(store, 'KR');
    const kim = elements.nodes.find((n) => n.data.id === ids.KIM)!.data;
    expect(kim).toMatchObject({ name: 'Kim Jung-kwan', country: 'KR', label: 'Person' });
    expect(kim).not.toHaveProperty('aliases');
    expect((await store.getNode(ids.KIM))!.attributes.aliases).toEqual(['Minister Kim']);
    expect(elements.nodes.every((n) => !('aliases' in n.data))).toBe(true);
  });

  it('draws every relation between the nodes a page shows, and none to a node it leaves out', async () => {
    const first = await countryGraph(store, 'KR', { offset: 0, limit: 1 });
    expect(first.elements.edges.map((e) => e.data.id)).toEqual([
      'BASED_IN:org:ministry-of-trade-industry-and-resources->country:KR',
      `MET:${ids.GREER}->${ids.KIM}`,
      `PARTY_TO:country:KR->${ids.FTA}`,
      `REPRESENTS:${ids.KIM}->country:KR`,
    ]);
    expect(first.elements.nodes.map((n) => n.data.id)).not.toContain(ids.MOU);
    const whole = await countryGraph(store, 'KR');
    expect(whole.elements.edges.map((e) => e.data.id)).toEqual(expect.arrayContaining([`MET:${ids.SEF}->${ids.YEO}`, `REPRESENTS:${ids.YEO}->country:KR`, `PARTY_TO:country:KR->${ids.MOU}`]));
  });

  it('gives as UTF-8 JSON exactly the bytes JSON.stringify writes of the answer, for every country and page, asked again and again', async () => {
    expect(await firstCountryWhoseBytesDiffer(store, countryGraphJson, countryGraph)).toBeUndefined();
  });

  it.each([['kr'], ['KOR'], ['korea']])('finds the country named by %s, as the lists do', async (code) => {
    expect((await countryGraph(store, code)).center).toBe('country:KR');
  });

  it('answers COUNTRY_NOT_FOUND for a name no country in the graph has', async () => {
    await expect(countryGraph(store, 'Atlantis')).rejects.toMatchObject({ code: 'COUNTRY_NOT_FOUND' });
  });
});
