import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { createQueryService, search, searchIndexFor } from '../../../src/query/index.js';
import { fuzzyDistance, fuzzyMatchesOf, warmFuzzyNeighbours } from '../../../src/query/search-index.js';
import { fixtureGraph, ids } from './fixture-graph.js';
import { SCHEMA_VERSION } from '../../../src/domain/index.js';

describe('search', () => {
  const store = createEmbeddedStore(fixtureGraph());

  it.each([
    ['kim jung kwan', ids.KIM, 'lower case without the dash'],
    ['Yeo Hankoo', ids.YEO, 'the given name run together'],
    ['motir', ids.MOTIR, 'an acronym alias in lower case'],
    ['Sefcovic', ids.SEF, 'the surname without its accents'],
    ['Jamison Grer', ids.GREER, 'two small typos'],
    ['european comm', ids.EC, 'the last word cut short'],
    ['Republic of Korea', 'country:KR', 'an alias of a country'],
  ])('finds %s first (%s)', async (query, expected) => {
    const { hits } = await search(store, query, { limit: 5 });
    expect(hits[0]?.id).toBe(expected);
  });

  it('answers the same once every term\'s fuzzy neighbours are kept, and uses the kept ones', async () => {
    const queries = ['Jamison Grer', 'kim jung kwan', 'european comm', 'Sefcovic', 'Korea', 'supply chains', 'Minister Yeo'];
    const cold = createEmbeddedStore(fixtureGraph());
    const before = await Promise.all(queries.map((q) => search(cold, q, { limit: 10 })));
    const warmed = createQueryService(createEmbeddedStore(fixtureGraph()));
    await warmed.warm();
    expect(await Promise.all(queries.map((q) => warmed.search(q, { limit: 10 })))).toEqual(before);
    const index = await searchIndexFor(warmed.store);
    const korea = index.terms.get('korea')!;
    expect(fuzzyMatchesOf(index, 'korea', fuzzyDistance('korea'))).toBe(index.fuzzyNeighbours[korea]);
    // A typo is no term: the tree answers it.
    expect([...fuzzyMatchesOf(index, 'koera', 1).keys()]).toEqual([]);
    expect([...fuzzyMatchesOf(index, 'kore', 1).keys()]).toContain('korea');
  });

  it('fills the fuzzy neighbours a time slice at a time and stops when told', async () => {
    const index = await searchIndexFor(createEmbeddedStore(fixtureGraph()));
    let clock = 0;
    let pauses = 0;
    // Each term costs one tick of the clock; a slice of 3 ticks holds 3 terms.
    await warmFuzzyNeighbours(index, async () => ++pauses < 3, 3, () => clock++);
    const filled = index.fuzzyNeighbours.filter(Boolean).length;
    expect(filled).toBeGreaterThan(0);
    expect(filled).toBeLessThanOrEqual(6);
    await warmFuzzyNeighbours(index, async () => true);
    const long = index.termsInOrder.filter(([term]) => fuzzyDistance(term) > 0).map(([, id]) => id);
    expect(long.every((id) => index.fuzzyNeighbours[id])).toBe(true);
  });

  it('names the form that matched and ranks an exact name above a partial one', async () => {
    const { hits } = await search(store, 'MOTIR', { limit: 5 });
    expect(hits[0]).toMatchObject({ id: ids.MOTIR, matched: 'MOTIR', label: 'Organization', kind: 'government' });
  });

  it('keeps to the asked labels and leaves documents out unless asked', async () => {
    expect((await search(store, 'greer', { limit: 10, labels: ['Event'] })).hits.map((h) => h.id)).toEqual([ids.EV_WASH]);
    expect((await search(store, 'minister kim jung kwan meets', { limit: 10 })).hits.map((h) => h.label)).not.toContain('Document');
    expect((await search(store, 'meets USTR', { limit: 10, labels: ['Document'] })).hits.map((h) => h.id)).toEqual([ids.DOC_A]);
  });

  it('answers nothing for a query of only punctuation, and no more than the limit', async () => {
    expect((await search(store, ' -- ', { limit: 5 })).hits).toEqual([]);
    expect((await search(store, 'korea', { limit: 1 })).hits).toHaveLength(1);
  });

  it('sees nodes loaded through the query service after its index was built', async () => {
    const service = createQueryService(createEmbeddedStore(fixtureGraph()));
    expect((await service.search('Ahn Duk-geun', { limit: 5 })).hits).toEqual([]);
    await service.load({
      schemaVersion: SCHEMA_VERSION,
      nodes: [{ id: 'person:ahn-duk-geun', attributes: { label: 'Person', name: 'Ahn Duk-geun', aliases: [] } }],
      edges: [],
    });
    expect((await service.search('Ahn Duk-geun', { limit: 5 })).hits[0]?.id).toBe('person:ahn-duk-geun');
  });
});
