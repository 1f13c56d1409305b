import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphData, GraphStore } from '../../../src/domain/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';
import { counterparts, createQueryService, occasionPage, type Occasion } from '../../../src/query/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { fixtureGraph, ids } from './fixture-graph.js';

const ALL = { offset: 0, limit: 500 };
const pair = (row: Occasion) => [row.date, row.a.id, row.b.id];

/** Meetings one row per occasion, read over the seed graph as the analyst's table. */
describe('occasionPage over the seed graph', () => {
  let graph: GraphData;
  let store: GraphStore;
  beforeAll(async () => {
    graph = (await runPipeline(['seeds'])).graph;
    store = createEmbeddedStore(graph);
  });

  it('puts two releases that report one meeting on the meeting’s own day, one row with both releases’ sentences, the event and place', async () => {
    const { occasions, total } = await occasionPage(store, { person: 'person:kevin-engel' }, ALL);
    const withKang = occasions.filter((row) => row.b.id === 'person:kang-gam-chan');
    // Both releases (of 2025-11-20 and 2025-11-21) say the ceremony was on Wednesday, November 19.
    expect(withKang.map((row) => row.date)).toEqual(['2025-11-19']);
    const [row] = withKang;
    expect(row!.a).toEqual({ id: 'person:kevin-engel', name: 'Kevin Engel', country: null });
    expect(row!.docIds).toHaveLength(2);
    expect(new Set(row!.evidence.map((e) => e.date))).toEqual(new Set(['2025-11-20', '2025-11-21']));
    expect(row).toMatchObject({ event: 'Amkor Korea Launches Investment in High-Tech Semiconductor Packaging and Testing', place: 'Songdo, Incheon' });
    expect(total).toBe(occasions.length);
  });

  it('answers “meetings with Chinese officials” by country code or name, each row with a Chinese participant', async () => {
    const byCode = await occasionPage(store, { country: 'CN' }, ALL);
    expect(byCode.occasions.map(pair)).toEqual([
      // The conference was held from November 18 to 20 (release of the 20th); the ministers met on
      // December 11 in Beijing (release of the 15th).
      ['2025-11-18', 'person:hoshino-mitsuaki', 'person:wang-liping'],
      ['2025-11-18', 'person:lee-jae-keun', 'person:wang-liping'],
      ['2025-11-18', 'person:park-young-kyu', 'person:wang-liping'],
      ['2025-12-11', 'person:kim-jung-kwan', 'person:wang-wentao'],
    ]);
    for (const name of ['cn', 'China', 'CHN']) expect((await occasionPage(store, { country: name }, ALL)).occasions).toEqual(byCode.occasions);
  });

  it('dates a late release’s meeting by the event nearest before its release day, listing every event its release names', async () => {
    const [row] = (await occasionPage(store, { person: 'person:wang-wentao' }, ALL)).occasions;
    expect(row).toMatchObject({ date: '2025-12-11', event: 'Korea–China Trade Ministers’ Meeting', place: 'Beijing', placeCountry: 'CN' });
    expect(row!.a.id).toBe('person:wang-wentao');
    // Five: among them the ministers' November 1 meeting in Gyeongju the release recalls (the seed
    // gold lists it), held on the margins of the APEC Leaders’ Meeting, not at it (the summit's
    // setting takes no one).
    expect(row!.events.length).toBe(5);
    expect(row!.events).toContainEqual(expect.objectContaining({ date: '2025-11-01', location: 'Gyeongju', kind: 'bilateral' }));
    expect(row!.events.map((e) => e.name)).not.toContain('APEC Economic Leaders’ Meeting');
  });

  it.each([
    [{ from: '2025-12-01' }, (d: string) => d >= '2025-12-01'],
    [{ to: '2025-10-16' }, (d: string) => d <= '2025-10-16'],
    [{ from: '2025-11-19', to: '2025-11-19' }, (d: string) => d === '2025-11-19'],
  ])('keeps the days of %o, both ends inclusive', async (range, keeps) => {
    const all = (await occasionPage(store, {}, ALL)).occasions;
    const some = await occasionPage(store, range, ALL);
    expect(some.occasions.length).toBeGreaterThan(0);
    expect(some.occasions).toEqual(all.filter((row) => row.date !== null && keeps(row.date)));
  });

  it('sorts by date, then the participants’ names, and pages with the total', async () => {
    const all = await occasionPage(store, {}, ALL);
    const inOrder = (x: Occasion, y: Occasion) =>
      (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.a.name.localeCompare(y.a.name, 'en') || x.b.name.localeCompare(y.b.name, 'en');
    expect(all.occasions).toEqual([...all.occasions].sort(inOrder));
    expect(new Set(all.occasions.map((row) => row.date)).size).toBeGreaterThan(10);
    expect(all.occasions.every((row) => row.a.name.localeCompare(row.b.name, 'en') <= 0)).toBe(true);
    const page = await occasionPage(store, {}, { offset: 3, limit: 4 });
    expect(page).toEqual({ occasions: all.occasions.slice(3, 7), total: all.total, page: { offset: 3, limit: 4 } });
  });

  it('cuts every page of a country’s or a person’s rows in a day range from the sorted list, as a filter of the whole list would', async () => {
    const all = (await occasionPage(store, {}, ALL)).occasions;
    const hasCountry = (row: Occasion, code: string) => row.a.country === code || row.b.country === code;
    const ranges = [{}, { from: '2025-11-19' }, { to: '2025-11-18' }, { from: '2025-10-01', to: '2025-11-30' }, { from: '2030-01-01' }];
    const codes = [...new Set(all.flatMap((row) => [row.a.country, row.b.country]).filter((code): code is string => code !== null))].sort();
    expect(codes.length).toBeGreaterThan(3);
    const pages = [ALL, { offset: 0, limit: 2 }, { offset: 1, limit: 3 }, { offset: 40, limit: 5 }];
    for (const range of ranges) {
      const inRange = (row: Occasion) =>
        !('from' in range || 'to' in range) || (row.date !== null && (!range.from || row.date >= range.from) && (!range.to || row.date <= range.to));
      for (const page of pages) {
        const every = await occasionPage(store, range, page);
        expect(every).toEqual({ occasions: all.filter(inRange).slice(page.offset, page.offset + page.limit), total: all.filter(inRange).length, page });
        // Participants' own countries stand in for "represents" on the seed graph, where the two agree.
        for (const code of codes) {
          const expected = all.filter((row) => inRange(row) && hasCountry(row, code));
          const asked = await occasionPage(store, { ...range, country: code }, page);
          expect({ code, range, page, rows: asked.occasions, total: asked.total }).toEqual({ code, range, page, rows: expected.slice(page.offset, page.offset + page.limit), total: expected.length });
        }
      }
      const person = 'person:yeo-han-koo';
      const mine = await occasionPage(store, { ...range, person }, ALL);
      const key = (row: Occasion) => `${row.edgeId} ${row.date}`;
      expect(mine.occasions.map(key).sort()).toEqual(all.filter((row) => inRange(row) && (row.a.id === person || row.b.id === person)).map(key).sort());
      expect(mine.occasions.every((row) => row.a.id === person)).toBe(true);
    }
  });

  it('counts the occasions the analytics count: a person’s rows are their counterparts’ meeting days', async () => {
    for (const person of ['person:kim-jung-kwan', 'person:yeo-han-koo', 'person:kang-gam-chan']) {
      const rows = (await occasionPage(store, { person }, ALL)).occasions;
      const { counterparts: met } = await counterparts(store, person, 500);
      expect({ person, rows: rows.length }).toEqual({ person, rows: met.reduce((sum, c) => sum + c.meetings, 0) });
    }
  });

  it.each([
    [{ person: 'person:nobody-at-all' }, 'PERSON_NOT_FOUND'],
    [{ person: 'country:KR' }, 'PERSON_NOT_FOUND'],
    [{ country: 'Atlantis' }, 'COUNTRY_NOT_FOUND'],
  ])('refuses %o with %s', async (filter, code) => {
    await expect(occasionPage(store, filter)).rejects.toMatchObject({ code });
  });
});

describe('occasionPage on a meeting no sentence dates', () => {
  it('gives it one undated row, last, with every sentence, left out when a day is asked', async () => {
    const graph = fixtureGraph();
    const undated: GraphData = {
      ...graph,
      edges: graph.edges.map((edge) =>
        edge.attributes.type === 'MET' ? { ...edge, attributes: { ...edge.attributes, evidence: edge.attributes.evidence.map((e) => ({ ...e, date: null })) } } : edge,
      ),
    };
    const store = createEmbeddedStore(undated);
    const { occasions } = await occasionPage(store, { person: ids.KIM });
    expect(occasions.map((row) => row.date)).toEqual([null]);
    expect(occasions[0]!.evidence).toEqual(undated.edges.find((e) => e.attributes.type === 'MET' && e.target === ids.KIM)!.attributes.evidence);
    expect((await occasionPage(store, { person: ids.KIM, from: '2000-01-01' })).total).toBe(0);
  });
});

describe('occasions after a load', () => {
  it('reads the occasions afresh when the service loads more into the store', async () => {
    const graph = fixtureGraph();
    const service = createQueryService(createEmbeddedStore({ ...graph, edges: graph.edges.filter((e) => e.attributes.type !== 'MET') }));
    expect((await service.occasions({})).total).toBe(0);
    await service.load(graph);
    expect((await service.occasions({})).total).toBe(graph.edges.filter((e) => e.attributes.type === 'MET').length);
  });
});
