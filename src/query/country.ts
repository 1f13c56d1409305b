import type { EdgeRecord, NodeRecord, GraphStore } from '../domain/index.js';
import { resolveCountry } from './country-code.js';
import { countryLists, type CountryLists } from './country-lists.js';
import { derived } from './derived.js';
import { pageOf, type Page } from './page.js';
import { countryElements } from './country-elements.js';
import { summaryOf } from './summary-of.js';
import type { CountryProfile } from './types.js';

/**
 * The first page of every list when none is asked for: a hub such as Korea has thousands. Ten of
 * each (with the totals) is what the panel shows at once; twenty made Korea's answer 88 KB on the
 * 100× graph, whose serialising and writing cost 4× the question itself.
 */
export const DEFAULT_COUNTRY_PAGE: Page = Object.freeze({ offset: 0, limit: 10 });

/**
 * Everything involving a country — officials, organisations, meetings of its officials with
 * people from elsewhere, agreements by kind and status, counterparts, events — as lists, a
 * timeline and Cytoscape elements (without the nodes' aliases: countryElements). Every list is cut to the same page (`offset`, `limit`) and
 * `totals` says how long each is; the elements draw the country and what the page shows. A meeting
 * says how many sentences it has (`evidenceTotal`) and quotes none: its MET edge (`edgeIds`) gives
 * them all, as the panel's evidence link does; quoting two made a fifth of the 100× graph's answers.
 * A meeting gives its events by id and an agreement counts its signatories (countryLists).
 * `code` is an ISO code or a country's name (see resolveCountry).
 */
export async function countryProfile(store: GraphStore, code: string, page: Page = DEFAULT_COUNTRY_PAGE): Promise<CountryProfile> {
  const country = await resolveCountry(store, code);
  const lists = await listsOf(store, country);
  const officials = pageOf(lists.officials, page);
  const organizations = pageOf(lists.organizations, page);
  const counterparts = pageOf(lists.counterparts, page);
  const agreements = pageOf(lists.agreements, page);
  const events = pageOf(lists.events, page);
  const shown: NodeRecord[] = [country, ...officials, ...organizations, ...counterparts, ...agreements.map((a) => lists.agreementNodes.get(a.id)!), ...events];
  return {
    country: summaryOf(country),
    officials: officials.map(summaryOf),
    organizations: organizations.map(summaryOf),
    meetings: pageOf(lists.meetings, page),
    counterparts: counterparts.map(summaryOf),
    agreements,
    agreementsByKind: lists.agreementsByKind,
    events: events.map(summaryOf),
    timeline: pageOf(lists.timeline, page),
    elements: countryElements(shown, drawnEdges(shown, lists.edgesByPair)),
    totals: {
      officials: lists.officials.length,
      organizations: lists.organizations.length,
      meetings: lists.meetings.length,
      counterparts: lists.counterparts.length,
      agreements: lists.agreements.length,
      events: lists.events.length,
      timeline: lists.timeline.length,
    },
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

/** A country's sorted lists, derived once on the embedded store. */
export function listsOf(store: GraphStore, country: NodeRecord): Promise<CountryLists> {
  return derived(store, `country:${country.id}`, () => countryLists(store, country));
}
