import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../src/domain/index.js';
import { buildGraphFromInputs } from '../../../src/pipeline/index.js';
import { activityFacts, countriesOf, type ActivityFacts } from '../../../src/query/analytics-facts.js';
import { occasionIndex } from '../../../src/query/analytics-occasion-index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';

/** The index must hold exactly what a scan of every occasion finds, in the same order. */
describe('occasionIndex over the seed graph', () => {
  let store: GraphStore;
  let facts: ActivityFacts;

  beforeAll(async () => {
    store = createEmbeddedStore((await buildGraphFromInputs(['seeds'])).graph);
    facts = await activityFacts(store);
  });

  it('has occasions to index (the seeds hold meetings between officials of several countries)', () => {
    expect(facts.occasions.length).toBeGreaterThan(5);
    expect(occasionIndex(facts).byCountry.size).toBeGreaterThan(2);
  });

  it('lists each person’s occasions as scanning every occasion for them does', async () => {
    const index = occasionIndex(facts);
    const people = await store.listNodes(['Person']);
    for (const person of people) {
      expect(index.byPerson.get(person.id) ?? []).toEqual(facts.occasions.filter((o) => o.people.includes(person.id)));
    }
    expect([...index.byPerson.keys()].every((id) => people.some((person) => person.id === id))).toBe(true);
  });

  it('lists each country’s occasions, each once, as scanning every occasion’s countries does', async () => {
    const index = occasionIndex(facts);
    const codes = new Set(facts.occasions.flatMap((o) => countriesOf(facts, o)));
    expect(new Set(index.byCountry.keys())).toEqual(codes);
    for (const code of codes) expect(index.byCountry.get(code)).toEqual(facts.occasions.filter((o) => countriesOf(facts, o).includes(code)));
  });

  it('is built once per facts read', () => {
    expect(occasionIndex(facts)).toBe(occasionIndex(facts));
  });
});
