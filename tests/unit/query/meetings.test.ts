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

  it('finds the events a pair both attended when one of them attended dozens, asked from either side', async () => {
    const graph = fixtureGraph();
    const wash = graph.nodes.find((n) => n.id === ids.EV_WASH)!;
    const attended = graph.edges.find((e) => e.attributes.type === 'ATTENDED' && e.source === ids.KIM)!;
    const met = graph.edges.find((e) => e.attributes.type === 'MET')!;
    // Kim at 80 events (more than the few read from the events' side); Greer at two of them and one of his own, an envoy at one.
    const events = Array.from({ length: 80 }, (_, i) => ({ ...wash, id: `event:summit-${String(i).padStart(2, '0')}`, attributes: { ...wash.attributes, date: `2025-08-${String(1 + (i % 28)).padStart(2, '0')}` } }));
    const solo = { ...wash, id: 'event:greer-alone' };
    const envoy = { ...graph.nodes.find((n) => n.id === ids.GREER)!, id: 'person:envoy' };
    const went = (person: string, event: string) => ({ ...attended, id: `ATTENDED:${person}->${event}`, source: person, target: event });
    const store = createEmbeddedStore({
      ...graph,
      nodes: [...graph.nodes, ...events, solo, envoy],
      edges: [
        ...graph.edges,
        ...events.map((e) => went(ids.KIM, e.id)),
        went(ids.GREER, 'event:summit-07'),
        went(ids.GREER, 'event:summit-42'),
        went(ids.GREER, solo.id),
        went(envoy.id, 'event:summit-42'),
        { ...met, id: `MET:${ids.KIM}->${envoy.id}`, source: ids.KIM, target: envoy.id, attributes: { ...met.attributes, eventIds: [] } },
      ],
    });
    const eventsWith = (meetings: readonly { person: { id: string }; events: readonly { id: string }[] }[], id: string) => meetings.find((m) => m.person.id === id)!.events.map((e) => e.id);
    const withGreer = [ids.EV_WASH, 'event:summit-07', 'event:summit-42'].sort();
    expect(eventsWith((await pairMeetings(store, ids.KIM, ids.GREER)).meetings, ids.GREER).sort()).toEqual(withGreer);
    expect(eventsWith((await pairMeetings(store, ids.GREER, ids.KIM)).meetings, ids.KIM).sort()).toEqual(withGreer);
    const kim = (await personMeetings(store, ids.KIM)).meetings;
    expect(eventsWith(kim, ids.GREER).sort()).toEqual(withGreer);
    expect(eventsWith(kim, envoy.id)).toEqual(['event:summit-42']);
  });

  it('throws PERSON_NOT_FOUND for an id that is not a person', async () => {
    await expect(personMeetings(store, ids.MOTIR)).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    await expect(pairMeetings(store, ids.KIM, 'person:nobody')).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
  });
});
