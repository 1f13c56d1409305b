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

  it('answers every meeting of a pair, and none for two who never met', async () => {
    expect((await pairMeetings(store, ids.SEF, ids.YEO)).meetings.map((m) => m.person.id)).toEqual([ids.YEO]);
    expect((await pairMeetings(store, ids.KIM, ids.YEO)).meetings).toEqual([]);
  });

  it('throws PERSON_NOT_FOUND for an id that is not a person', async () => {
    await expect(personMeetings(store, ids.MOTIR)).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    await expect(pairMeetings(store, ids.KIM, 'person:nobody')).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
  });
});
