import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../src/domain/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';
import { createQueryService, textSearch } from '../../../src/query/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { fixtureGraph } from './fixture-graph.js';

const DOC_A = 'doc:aaaa000000000001';
const DOC_B = 'doc:bbbb000000000002';
const idsOf = (result: { hits: readonly { document: { id: string } }[] }) => result.hits.map((hit) => hit.document.id);

describe('textSearch over the fixture graph', () => {
  const store = createEmbeddedStore(fixtureGraph());

  it.each([
    ['Brussels', [DOC_B]],
    ['brussels', [DOC_B]],
    ['BRUSSELS', [DOC_B]],
    ['Sefcovic', [DOC_B]],
    ['Šefčovič', [DOC_B]],
    ['Brusels', [DOC_B]],
    ['Washingtn', [DOC_A]],
    ['supply chain', [DOC_B]],
    ['Korea', [DOC_B, DOC_A]],
    ['korea washington', [DOC_A]],
    ['zzqxwv', []],
    ['!!! ---', []],
  ])('finds %j in %j (case, accents, a typo, a prefix forgiven; every word required)', async (q, ids) => {
    expect(idsOf(await textSearch(store, q))).toEqual(ids);
  });

  it('marks the matching words in the title and the snippet as offsets', async () => {
    const { hits } = await textSearch(store, 'sefcovic brussels');
    const hit = hits[0]!;
    expect(hit.terms).toEqual(['brussels', 'sefcovic']);
    expect(hit.snippet.marks.map((m) => hit.snippet.text.slice(m.start, m.end))).toEqual(['Šefčovič', 'Brussels']);
    const title = await textSearch(store, 'supply');
    expect(title.hits[0]!.titleMarks.map((m) => title.hits[0]!.document.title.slice(m.start, m.end))).toEqual(['supply']);
  });

  it('filters by date range, by a mentioned country and by a mentioned entity', async () => {
    expect(idsOf(await textSearch(store, 'Korea', { from: '2025-08-01' }))).toEqual([DOC_B]);
    expect(idsOf(await textSearch(store, 'Korea', { to: '2025-08-01' }))).toEqual([DOC_A]);
    expect(idsOf(await textSearch(store, 'Korea', { from: '2026-01-01' }))).toEqual([]);
    const mentioningUs = fixtureGraph().edges.filter((e) => e.attributes.type === 'MENTIONS' && e.target === 'country:US').map((e) => e.source);
    expect(mentioningUs.length).toBeGreaterThan(0);
    expect(idsOf(await textSearch(store, 'Korea', { country: 'US' }))).toEqual(mentioningUs);
    expect(idsOf(await textSearch(store, 'Korea', { country: 'united states', entity: 'person:yeo-han-koo' }))).toEqual([]);
    expect(idsOf(await textSearch(store, 'Korea', { entity: 'person:yeo-han-koo' }))).toEqual([DOC_B]);
  });

  it('keeps, with both a country and an entity, exactly the documents mentioning both (the same node twice is that node)', async () => {
    expect(idsOf(await textSearch(store, 'Korea', { country: 'EU', entity: 'person:yeo-han-koo' }))).toEqual([DOC_B]);
    expect(idsOf(await textSearch(store, 'Korea', { country: 'EU', entity: 'country:EU' }))).toEqual([DOC_B]);
  });

  it('throws a typed not-found for an unknown country or entity', async () => {
    await expect(textSearch(store, 'Korea', { country: 'Atlantis' })).rejects.toMatchObject({ code: 'COUNTRY_NOT_FOUND' });
    await expect(textSearch(store, 'Korea', { entity: 'person:nobody' })).rejects.toMatchObject({ code: 'ENTITY_NOT_FOUND' });
  });

  it('pages the ranked hits and counts them all', async () => {
    const all = await textSearch(store, 'Korea');
    const second = await textSearch(store, 'Korea', {}, { offset: 1, limit: 1 });
    expect(second).toMatchObject({ total: 2, page: { offset: 1, limit: 1 } });
    expect(idsOf(second)).toEqual(idsOf(all).slice(1));
    expect(all.hits[0]!.score).toBeGreaterThanOrEqual(all.hits[1]!.score);
  });

  it('forgets its index when the service loads a graph', async () => {
    const fresh = createEmbeddedStore({ schemaVersion: fixtureGraph().schemaVersion, nodes: [], edges: [] });
    const service = createQueryService(fresh);
    expect((await service.textSearch('Brussels')).total).toBe(0);
    await service.load(fixtureGraph());
    expect(idsOf(await service.textSearch('Brussels'))).toEqual([DOC_B]);
  });
});

describe('textSearch over the seed graph', () => {
  let graph: GraphData;
  beforeAll(async () => {
    graph = (await runPipeline(['seeds'])).graph;
  });

  it('answers "which releases mention Barakah?" with every release whose text names it, the name marked', async () => {
    const store = createEmbeddedStore(graph);
    const expected = graph.nodes
      .filter((n) => n.attributes.label === 'Document' && /barakah/i.test(`${n.attributes.name} ${n.attributes.text}`))
      .map((n) => n.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    for (const q of ['Barakah', 'barakah', 'Barakeh', 'Barákah']) {
      const result = await textSearch(store, q);
      expect({ q, ids: idsOf(result).sort() }).toEqual({ q, ids: expected });
      for (const hit of result.hits) expect(hit.snippet.marks.map((m) => hit.snippet.text.slice(m.start, m.end).toLowerCase())).toContain('barakah');
    }
  });

  it('answers ten hits a page unless a limit asks for more, the total counting them all', async () => {
    const store = createEmbeddedStore(graph);
    const all = await textSearch(store, 'Korea', {}, { offset: 0, limit: 100 });
    expect(all.total).toBeGreaterThan(10);
    const first = await textSearch(store, 'Korea');
    expect(first.page).toEqual({ offset: 0, limit: 10 });
    expect(first.total).toBe(all.total);
    expect(idsOf(first)).toEqual(idsOf(all).slice(0, 10));
  });
});
