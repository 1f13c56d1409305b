import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { pairMeetings, personMeetings } from '../../../src/query/index.js';
import { fixtureGraph, ids } from './fixture-graph.js';

describe('who met whom', () => {
  const store = createEmbeddedStore(fixtureGraph());

  it('tells whom a person met, when, where, at which event, citing the sentence', async () => {
    const { person, meetings } = await personMeetings(store, ids.KIM);
    expect(person.name).toBe('Kim Jung-kwan');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      person: { id: ids.GREER, country: 'US' },
      firstDate: '2025-07-31',
      events: [{ id: ids.EV_WASH, location: 'Washington', country: 'US', date: '2025-07-31' }],
    });
    expect(meetings[0]!.evidence[0]!.sentence).toContain('met United States Trade Representative Jamieson Greer');
  });

  it('answers one page of a person\'s meetings with how many there are in all', async () => {
    const graph = fixtureGraph();
    const met = graph.edges.find((e) => e.attributes.type === 'MET')!;
    const greer = graph.nodes.find((n) => n.id === ids.GREER)!;
    const others = ['a', 'b', 'c', 'd'].map((x) => ({ ...greer, id: `person:envoy-${x}`, attributes: { ...greer.attributes, name: `Envoy ${x}` } }));
    const edges = others.map((o) => ({ ...met, id: `MET:${ids.KIM}->${o.id}`, source: ids.KIM, target: o.id }));
    const big = createEmbeddedStore({ ...graph, nodes: [...graph.nodes, ...others], edges: [...graph.edges, ...edges] });
    const all = await personMeetings(big, ids.KIM, { offset: 0, limit: 100 });
    expect(all.total).toBe(5);
    expect(all.meetings).toHaveLength(5);
    const page = await personMeetings(big, ids.KIM, { offset: 1, limit: 2 });
    expect(page).toMatchObject({ total: 5, page: { offset: 1, limit: 2 } });
    expect(page.meetings).toEqual(all.meetings.slice(1, 3));
    expect((await personMeetings(big, ids.KIM)).page).toEqual({ offset: 0, limit: 50 });
  });

  it('answers every meeting of a pair, and none for two who never met', async () => {
    expect((await pairMeetings(store, ids.SEF, ids.YEO)).meetings.map((m) => m.person.id)).toEqual([ids.YEO]);
    expect((await pairMeetings(store, ids.KIM, ids.YEO)).meetings).toEqual([]);
  });

  it('throws PERSON_NOT_FOUND for an id that is not a person', async () => {
    await expect(personMeetings(store, ids.MOTIR)).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    await expect(pairMeetings(store, ids.KIM, 'person:nobody')).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
  });
});
