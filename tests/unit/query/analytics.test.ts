import { beforeAll, describe, expect, it } from 'vitest';
import { edgeKey, type EdgeRecord, type GraphData } from '../../../src/domain/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';
import { counterparts, countriesAnalytics, countryActivity, createQueryService, warmCountryActivity } from '../../../src/query/index.js';
import { PERIODS } from '../../../src/query/analytics-periods.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { fixtureGraph, ids } from './fixture-graph.js';

/**
 * The fixture graph with Kim and Greer's MET edge also seen in a later release (and again in an
 * undated one, which may be either day: no third meeting), and Greer meeting Yeo in an undated one.
 */
function withSecondMeeting(): GraphData {
  const graph = fixtureGraph();
  const edges = graph.edges.map((edge): EdgeRecord => {
    if (edge.attributes.type !== 'MET' || edge.target !== ids.KIM) return edge;
    const first = edge.attributes.evidence[0]!;
    const evidence = [first, { ...first, docId: 'doc:cccc000000000003', date: '2026-02-03' }, { ...first, docId: 'doc:dddd000000000004', date: null }];
    return { ...edge, attributes: { ...edge.attributes, evidence, count: evidence.length, docIds: evidence.map((e) => e.docId).sort() } };
  });
  const met = edges.find((edge) => edge.attributes.type === 'MET' && edge.target === ids.KIM)!;
  const undated = { ...met.attributes.evidence[2]!, docId: 'doc:eeee000000000005' };
  const greerYeo: EdgeRecord = { id: edgeKey('MET', ids.GREER, ids.YEO), source: ids.GREER, target: ids.YEO, attributes: { type: 'MET', docIds: [undated.docId], count: 1, evidence: [undated] } };
  return { ...graph, edges: [...edges, greerYeo].sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

describe('countriesAnalytics', () => {
  it('counts each country’s meetings (one per MET edge and day) and agreements per quarter, most active first', async () => {
    const result = await countriesAnalytics(createEmbeddedStore(fixtureGraph()), 'quarter');
    expect(result.periods).toEqual(['2025-Q3']);
    expect(result.countries.map((row) => [row.country.id, row.meetings, row.agreements, row.series])).toEqual([
      ['country:KR', 2, 2, { meetings: [2], agreements: [2] }],
      ['country:EU', 1, 1, { meetings: [1], agreements: [1] }],
      ['country:US', 1, 1, { meetings: [1], agreements: [1] }],
    ]);
  });

  it('splits a MET edge into one meeting per evidence day, fills the quarters between with zeros, and counts undated ones apart', async () => {
    const result = await countriesAnalytics(createEmbeddedStore(withSecondMeeting()), 'quarter');
    expect(result.periods).toEqual(['2025-Q3', '2025-Q4', '2026-Q1']);
    const us = result.countries.find((row) => row.country.id === 'country:US')!;
    expect(us).toMatchObject({ meetings: 3, undated: 1 });
    expect(result.countries.find((row) => row.country.id === 'country:KR')).toMatchObject({ meetings: 4, undated: 1 });
    expect(us.series.meetings).toEqual([1, 0, 1]);
  });

  it('buckets by year when asked', async () => {
    expect((await countriesAnalytics(createEmbeddedStore(withSecondMeeting()), 'year')).periods).toEqual(['2025', '2026']);
  });
});

describe('counterparts', () => {
  it('ranks the people an official met by meeting days, with the first and last day', async () => {
    expect((await counterparts(createEmbeddedStore(withSecondMeeting()), ids.GREER)).counterparts.map((c) => [c.person.id, c.meetings, c.lastDate])).toEqual([
      [ids.KIM, 2, '2026-02-03'],
      [ids.YEO, 1, null],
    ]);
    const result = await counterparts(createEmbeddedStore(withSecondMeeting()), ids.KIM);
    expect(result.total).toBe(1);
    expect(result.counterparts).toEqual([
      { person: expect.objectContaining({ id: ids.GREER }), meetings: 2, firstDate: '2025-07-31', lastDate: '2026-02-03', edgeIds: [expect.stringContaining('MET:')] },
    ]);
  });

  it('answers nobody for a person who met no one, and a typed not-found for a non-person', async () => {
    const graph = fixtureGraph();
    const store = createEmbeddedStore({ ...graph, edges: graph.edges.filter((e) => e.attributes.type !== 'MET') });
    expect(await counterparts(store, ids.KIM)).toMatchObject({ total: 0, counterparts: [] });
    await expect(counterparts(store, ids.MOTIR)).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
  });
});

describe('countryActivity', () => {
  it('counts a country’s meetings, agreements and mentioning documents per quarter, by code or name', async () => {
    const store = createEmbeddedStore(fixtureGraph());
    const expected = { meetings: 1, agreements: 1, mentions: 1, undated: 0 };
    for (const code of ['EU', 'eu', 'European Union']) {
      const result = await countryActivity(store, code, 'quarter');
      expect(result.country.id).toBe('country:EU');
      expect(result.totals).toEqual(expected);
      expect(result.series).toEqual([{ period: '2025-Q3', meetings: 1, agreements: 1, mentions: 1 }]);
    }
    expect((await countryActivity(store, 'KR', 'year')).series).toEqual([{ period: '2025', meetings: 2, agreements: 2, mentions: 2 }]);
    await expect(countryActivity(store, 'Atlantis', 'year')).rejects.toMatchObject({ code: 'COUNTRY_NOT_FOUND' });
  });

  it('recounts after the service loads another graph', async () => {
    const service = createQueryService(createEmbeddedStore(fixtureGraph()));
    const usRow = async () => (await service.countriesAnalytics('quarter')).countries.find((row) => row.country.id === 'country:US')!.meetings;
    expect((await service.countryActivity('US', 'quarter')).totals.meetings).toBe(1);
    expect(await usRow()).toBe(1);
    await service.load(withSecondMeeting());
    expect((await service.countryActivity('US', 'quarter')).totals.meetings).toBe(3);
    expect(await usRow()).toBe(3);
  });

  it('answers every country’s activity the same once all are built at start, and recounts after a load', async () => {
    const codes = (await createEmbeddedStore(fixtureGraph()).listNodes(['Country'])).map((n) => n.id.slice('country:'.length));
    const asked = (service: ReturnType<typeof createQueryService>) => Promise.all(codes.flatMap((code) => PERIODS.map((by) => service.countryActivity(code, by))));
    const cold = await asked(createQueryService(createEmbeddedStore(fixtureGraph())));
    const warmed = createQueryService(createEmbeddedStore(fixtureGraph()));
    await warmCountryActivity(warmed.store, () => undefined);
    expect(await asked(warmed)).toEqual(cold);
    await warmed.load(withSecondMeeting());
    await warmCountryActivity(warmed.store, () => undefined);
    expect((await warmed.countryActivity('US', 'quarter')).totals.meetings).toBe(3);
  });
});

describe('analytics over the seed graph', () => {
  let graph: GraphData;
  beforeAll(async () => {
    graph = (await runPipeline(['seeds'])).graph;
  });

  it('agrees with itself: a country’s activity totals equal its row in the countries table', async () => {
    const store = createEmbeddedStore(graph);
    const table = await countriesAnalytics(store, 'quarter');
    expect(table.countries.length).toBeGreaterThan(1);
    expect(table.countries.some((row) => row.meetings > 0)).toBe(true);
    for (const row of table.countries) {
      const activity = await countryActivity(store, row.country.id.slice('country:'.length), 'quarter');
      expect({ id: row.country.id, meetings: activity.totals.meetings, agreements: activity.totals.agreements }).toEqual({ id: row.country.id, meetings: row.meetings, agreements: row.agreements });
      expect([...row.series.meetings, ...row.series.agreements].reduce((sum, n) => sum + n, 0) + row.undated).toBe(row.meetings + row.agreements);
    }
  });

  it('gives the most frequent counterparts of the official with the most meetings, counts summing to their meeting days', async () => {
    const store = createEmbeddedStore(graph);
    const metCount = new Map<string, number>();
    for (const e of graph.edges.filter((e) => e.attributes.type === 'MET')) for (const p of [e.source, e.target]) metCount.set(p, (metCount.get(p) ?? 0) + 1);
    const [busiest] = [...metCount].sort((a, b) => b[1] - a[1]);
    const result = await counterparts(store, busiest![0]);
    expect(result.total).toBe(busiest![1]);
    const meetings = result.counterparts.map((c) => c.meetings);
    expect(meetings).toEqual([...meetings].sort((a, b) => b - a));
  });
});
