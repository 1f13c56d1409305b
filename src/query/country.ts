import type { NodeRecord, GraphStore } from '../domain/index.js';
import { resolveCountry } from './country-code.js';
import { JsonList } from './country-json.js';
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
    totals: totalsOf(lists),
    page: { offset: page.offset, limit: page.limit },
  };
}

/** A country's lists with their items' JSON kept as pages show them, and the answer's fixed parts written once. */
interface ProfileJson {
  /** `{"country":…,"officials":` */
  readonly head: Buffer;
  readonly officials: JsonList<NodeRecord>;
  readonly organizations: JsonList<NodeRecord>;
  readonly meetings: JsonList<CountryLists['meetings'][number]>;
  readonly counterparts: JsonList<NodeRecord>;
  readonly agreements: JsonList<CountryLists['agreements'][number]>;
  /** `,"agreementsByKind":…,"events":` */
  readonly byKind: Buffer;
  readonly events: JsonList<NodeRecord>;
  readonly timeline: JsonList<CountryLists['timeline'][number]>;
  /** `,"totals":…,"page":` */
  readonly totals: Buffer;
}

const profileJsonOf = new WeakMap<CountryLists, ProfileJson>();
const ORGANIZATIONS = Buffer.from(',"organizations":');
const MEETINGS = Buffer.from(',"meetings":');
const COUNTERPARTS = Buffer.from(',"counterparts":');
const AGREEMENTS = Buffer.from(',"agreements":');
const TIMELINE = Buffer.from(',"timeline":');

function profileJsonFor(country: NodeRecord, lists: CountryLists): ProfileJson {
  let kept = profileJsonOf.get(lists);
  if (!kept) {
    const totals = totalsOf(lists);
    kept = {
      head: Buffer.from(`{"country":${JSON.stringify(summaryOf(country))},"officials":`),
      officials: new JsonList(lists.officials, summaryOf),
      organizations: new JsonList(lists.organizations, summaryOf),
      meetings: new JsonList(lists.meetings),
      counterparts: new JsonList(lists.counterparts, summaryOf),
      agreements: new JsonList(lists.agreements),
      byKind: Buffer.from(`,"agreementsByKind":${JSON.stringify(lists.agreementsByKind)},"events":`),
      events: new JsonList(lists.events, summaryOf),
      timeline: new JsonList(lists.timeline),
      totals: Buffer.from(`,"totals":${JSON.stringify(totals)},"page":`),
    };
    profileJsonOf.set(lists, kept);
  }
  return kept;
}

/**
 * countryProfile's answer as the API sends it: the UTF-8 bytes of `JSON.stringify(await
 * countryProfile(…))`, byte for byte, put together from each list item's bytes kept once
 * (JsonList) and the answer's fixed parts written once per country: serialising and encoding
 * ~15 KB of small objects was two thirds of the answer's CPU on the 100× graph.
 */
export async function countryProfileJson(store: GraphStore, code: string, page: Page = DEFAULT_COUNTRY_PAGE): Promise<Buffer> {
  const country = await resolveCountry(store, code);
  const json = profileJsonFor(country, await listsOf(store, country));
  const parts: Buffer[] = [json.head];
  json.officials.pageInto(parts, page);
  parts.push(ORGANIZATIONS);
  json.organizations.pageInto(parts, page);
  parts.push(MEETINGS);
  json.meetings.pageInto(parts, page);
  parts.push(COUNTERPARTS);
  json.counterparts.pageInto(parts, page);
  parts.push(AGREEMENTS);
  json.agreements.pageInto(parts, page);
  parts.push(json.byKind);
  json.events.pageInto(parts, page);
  parts.push(TIMELINE);
  json.timeline.pageInto(parts, page);
  parts.push(json.totals, Buffer.from(`${JSON.stringify({ offset: page.offset, limit: page.limit })}}`));
  return Buffer.concat(parts);
}

function totalsOf(lists: CountryLists): CountryProfile['totals'] {
  return {
    officials: lists.officials.length,
    organizations: lists.organizations.length,
    meetings: lists.meetings.length,
    counterparts: lists.counterparts.length,
    agreements: lists.agreements.length,
    events: lists.events.length,
    timeline: lists.timeline.length,
  };
}

/** A country's sorted lists, derived once on the embedded store. */
export function listsOf(store: GraphStore, country: NodeRecord): Promise<CountryLists> {
  return derived(store, `country:${country.id}`, () => countryLists(store, country));
}
