import type { NodeRecord, GraphStore } from '../domain/index.js';
import { resolveCountry } from './country-code.js';
import { countryLists, type CountryLists } from './country-lists.js';
import { derived } from './derived.js';
import { pageOf, type Page } from './page.js';
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
 * people from elsewhere, agreements by kind and status, counterparts, events — as lists and a
 * timeline. Every list is cut to the same page (`offset`, `limit`) and `totals` says how long each
 * is. The drawing of the same page is countryGraph's (`GET /api/countries/{code}/graph`): it was
 * half of this answer's bytes, and only the viewer's graph reads it. A meeting says how many
 * sentences it has (`evidenceTotal`) and quotes none: its MET edge (`edgeIds`) gives them all, as
 * the panel's evidence link does; quoting two made a fifth of the 100× graph's answers. A meeting
 * gives its events by id and an agreement counts its signatories (countryLists).
 * `code` is an ISO code or a country's name (see resolveCountry).
 */
export async function countryProfile(store: GraphStore, code: string, page: Page = DEFAULT_COUNTRY_PAGE): Promise<CountryProfile> {
  const country = await resolveCountry(store, code);
  const lists = await listsOf(store, country);
  return {
    country: summaryOf(country),
    officials: pageOf(lists.officials, page).map(summaryOf),
    organizations: pageOf(lists.organizations, page).map(summaryOf),
    meetings: pageOf(lists.meetings, page),
    counterparts: pageOf(lists.counterparts, page).map(summaryOf),
    agreements: pageOf(lists.agreements, page),
    agreementsByKind: lists.agreementsByKind,
    events: pageOf(lists.events, page).map(summaryOf),
    timeline: pageOf(lists.timeline, page),
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

/** A country's sorted lists, derived once on the embedded store. */
export function listsOf(store: GraphStore, country: NodeRecord): Promise<CountryLists> {
  return derived(store, `country:${country.id}`, () => countryLists(store, country));
}
