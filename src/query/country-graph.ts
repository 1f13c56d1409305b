import type { EdgeRecord, NodeRecord, GraphStore } from '../domain/index.js';
import { resolveCountry } from './country-code.js';
import type { CountryLists } from './country-lists.js';
import { DEFAULT_COUNTRY_PAGE, listsOf } from './country.js';
import { countryElements } from './country-elements.js';
import { pageOf, type Page } from './page.js';
import type { CountryGraph } from './types.js';

/**
 * The drawing of a country's page (`GET /api/countries/{code}/graph`): the country and what the
 * same page of its lists shows (officials, organisations, counterparts, agreements, events), with
 * every relation between them, as Cytoscape elements without the nodes' aliases (countryElements).
 * It was the `elements` of the country answer and half its bytes; apart, the lists answer (the
 * panel, the CSV, a script) no longer carries a drawing it does not use, and the viewer asks both
 * at once. `code` is an ISO code or a country's name (see resolveCountry).
 */
export async function countryGraph(store: GraphStore, code: string, page: Page = DEFAULT_COUNTRY_PAGE): Promise<CountryGraph> {
  const country = await resolveCountry(store, code);
  const lists = await listsOf(store, country);
  const agreements = pageOf(lists.agreements, page).map((a) => lists.agreementNodes.get(a.id)!);
  const shown: NodeRecord[] = [
    country,
    ...pageOf(lists.officials, page),
    ...pageOf(lists.organizations, page),
    ...pageOf(lists.counterparts, page),
    ...agreements,
    ...pageOf(lists.events, page),
  ];
  return {
    center: country.id,
    elements: countryElements(shown, drawnEdges(shown, lists.edgesByPair)),
    page: { offset: page.offset, limit: page.limit },
  };
}

/**
 * The relations between the nodes shown: every one has a shown end besides the country, so the
 * country's own thousands need no walk. A hub's official met hundreds of people, so each shown node
 * looks up the other shown nodes when they are fewer than the people it is linked to.
 */
function drawnEdges(shown: readonly NodeRecord[], edgesByPair: CountryLists['edgesByPair']): EdgeRecord[] {
  const ids = new Set(shown.map((node) => node.id));
  const edges: EdgeRecord[] = [];
  for (const node of shown.slice(1)) {
    const byOther = edgesByPair.get(node.id);
    if (!byOther) continue;
    if (byOther.size <= ids.size) {
      for (const [other, list] of byOther) if (ids.has(other)) edges.push(...list);
    } else {
      for (const other of ids) edges.push(...(byOther.get(other) ?? []));
    }
  }
  return edges;
}
