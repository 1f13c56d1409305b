import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../src/domain/index.js';
import { buildGraphFromInputs } from '../../../src/pipeline/index.js';
import { countryLists } from '../../../src/query/country-lists.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';

/**
 * countryLists groups people and organisations by their `country` once per load; each country's
 * lists must still hold exactly the nodes whose `country` is its code (with no REPRESENTS or
 * BASED_IN edge to add others), in id order.
 */
describe('countryLists over the seed graph without REPRESENTS and BASED_IN edges', () => {
  let store: GraphStore;

  beforeAll(async () => {
    const { graph } = await buildGraphFromInputs(['seeds']);
    store = createEmbeddedStore({ ...graph, edges: graph.edges.filter((edge) => edge.attributes.type !== 'REPRESENTS' && edge.attributes.type !== 'BASED_IN') });
  });

  it('lists as officials and organisations the people and organisations whose country is the country’s code', async () => {
    const people = await store.listNodes(['Person']);
    const organisations = await store.listNodes(['Organization']);
    let found = 0;
    for (const country of await store.listNodes(['Country'])) {
      const code = country.id.slice('country:'.length);
      const lists = await countryLists(store, country);
      expect(lists.officials.map((node) => node.id)).toEqual(people.filter((node) => node.attributes.country === code).map((node) => node.id));
      expect(lists.organizations.map((node) => node.id)).toEqual(organisations.filter((node) => node.attributes.country === code).map((node) => node.id));
      found += lists.officials.length + lists.organizations.length;
    }
    expect(found).toBeGreaterThan(2);
  });
});
