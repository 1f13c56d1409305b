import type { GraphData, NodeLabel, GraphStore, LoadReport } from '../domain/index.js';
import { countriesAnalytics } from './analytics-countries.js';
import { counterparts } from './analytics-counterparts.js';
import { countryActivity, warmCountryActivity } from './analytics-country-activity.js';
import type { PeriodKind } from './analytics-periods.js';
import { agreementLifecycle, warmAgreementLifecycles } from './agreement-lifecycle.js';
import { agreementPage, agreements, partyOf, type AgreementFilter } from './agreements.js';
import { countryProfile, countryProfileJson, listsOf } from './country.js';
import { countryGraph, countryGraphJson } from './country-graph.js';
import { forgetDerived } from './derived.js';
import type { Page } from './page.js';
import { runCypher, DEFAULT_CYPHER_LIMITS, type CypherLimits } from './cypher-guard.js';
import { documentView } from './document-view.js';
import { edgeDetail } from './edge-detail.js';
import { documentOrder } from './document-order.js';
import { entityDetail } from './entity-detail.js';
import { entityPage, type EntityFilter } from './entity-list.js';
import { pairMeetings, personMeetings } from './meetings.js';
import { neighbourhood, type NeighbourhoodOptions } from './neighbourhood.js';
import { occasionPage, warmOccasions, type OccasionFilter } from './occasions.js';
import { connection, type PathOptions } from './path.js';
import { pathJson } from './path-json.js';
import { withKeptJsonText } from './answer-json.js';
import { searchIndexFor, warmFuzzyNeighbours } from './search-index.js';
import { search } from './search.js';
import { postPage, warmPosts, type PostFilter } from './posts.js';
import { graphSummary, stats } from './stats.js';
import { textSearch, type TextSearchFilter } from './text-search.js';
import { textIndexFor } from './text-search-index.js';
import { warmTextNeighbours } from './text-search-fuzzy.js';
import { mentionIndexFor } from './text-search-mentions.js';
import { activityFacts } from './analytics-facts.js';
import { occasionIndex } from './analytics-occasion-index.js';
import type * as T from './types.js';
import { nextTurn, SLICE_MS } from './event-loop-turn.js';

/** The named questions bound to one store: what the API and the CLI ask. */
export interface QueryService {
  readonly store: GraphStore;
  search(query: string, options: { labels?: readonly NodeLabel[]; limit: number }): Promise<T.SearchResult>;
  /** One page of the documents naming it (DEFAULT_DOCUMENT_PAGE when absent). */
  entity(id: string, documentPage?: Page): Promise<T.EntityDetail>;
  neighbourhood(id: string, options: NeighbourhoodOptions): Promise<T.Neighbourhood>;
  personMeetings(id: string, page?: Page): Promise<T.PersonMeetings>;
  pairMeetings(a: string, b: string): Promise<T.PairMeetings>;
  country(code: string, page?: Page): Promise<T.CountryProfile>;
  /** The country answer as UTF-8 JSON, byte for byte `JSON.stringify` of it: what the route sends. */
  countryJson(code: string, page?: Page): Promise<Buffer>;
  countryGraph(code: string, page?: Page): Promise<T.CountryGraph>;
  /** countryGraph's answer as UTF-8 JSON, byte for byte `JSON.stringify` of it: what the route sends. */
  countryGraphJson(code: string, page?: Page): Promise<Buffer>;
  path(from: string, to: string, options: PathOptions): Promise<T.PathResult>;
  agreements(filter: AgreementFilter, page?: Page): Promise<T.AgreementList>;
  agreementLifecycle(id: string): Promise<T.AgreementLifecycle>;
  document(id: string): Promise<T.DocumentView>;
  edge(id: string): Promise<T.EdgeDetail>;
  stats(): Promise<T.Stats>;
  posts(filter: PostFilter, page?: Page, holderPage?: Page, heldAtPage?: Page): Promise<T.PostList>;
  entities(filter: EntityFilter, page?: Page): Promise<T.EntityList>;
  cypher(query: string, params?: Readonly<Record<string, unknown>>): Promise<T.CypherResponse>;
  textSearch(query: string, filter?: TextSearchFilter, page?: Page): Promise<T.TextSearchResult>;
  countriesAnalytics(by: PeriodKind): Promise<T.CountriesAnalytics>;
  counterparts(personId: string, limit?: number): Promise<T.Counterparts>;
  countryActivity(code: string, by: PeriodKind): Promise<T.CountryActivity>;
  occasions(filter: OccasionFilter, page?: Page): Promise<T.OccasionList>;
  /** Loads into the store and drops the cached search index. */
  load(graph: GraphData): Promise<LoadReport>;
  /**
   * Builds what the answers share on the embedded store — the search index, every country's and
   * the agreements' sorted lists, the text index, the analytics facts, each name word's fuzzy
   * neighbours — a piece at a time, letting requests in between. Once per load;
   * nothing to do on Neo4j, which is asked afresh.
   */
  warm(): Promise<void>;
  /** Counts the loads made through this service, so caches of its answers know when to drop them. */
  generation(): number;
  close(): Promise<void>;
}

export interface QueryServiceOptions {
  /** Snapshot metadata shown by stats; null when unknown. */
  readonly build?: Readonly<Record<string, unknown>> | null;
  readonly cypherLimits?: CypherLimits;
}

/** Binds every named question to `store`. Backend-agnostic: only the GraphStore interface is used. */
export function createQueryService(store: GraphStore, options: QueryServiceOptions = {}): QueryService {
  let loads = 0;
  let warming: { readonly generation: number; readonly done: Promise<void> } | null = null;
  const warm = async (generation: number) => {
    if (store.backend !== 'embedded') return;
    await graphSummary(store);
    await searchIndexFor(store);
    await agreements(store, {});
    await warmPosts(store);
    await documentOrder(store);
    await entityPage(store, {});
    const countries = await store.listNodes(['Country']);
    for (const country of countries) {
      await nextTurn();
      if (generation !== loads) return;
      await listsOf(store, country);
      await partyOf(store, country.id.slice('country:'.length));
    }
    // The path search's adjacency (≈ 0.4 s of one piece on the 1000× graph) is built by the first
    // path question: one asked now, so no user's is that question.
    if (countries.length > 1) await store.shortestPaths(countries[0]!.id, countries[1]!.id, { maxDepth: 1, limit: 1 });
    // The releases' text index and which releases mention what (built a slice at a time), and the facts the analytics count.
    await mentionIndexFor(store, await textIndexFor(store));
    // The occasions by person and country that counterparts and country activity read (≈ 0.2 s at 1000×).
    occasionIndex(await activityFacts(store));
    await warmCountryActivity(store);
    await warmOccasions(store);
    await warmAgreementLifecycles(store);
    // Last: the longest pieces (≈ 2 s on the 100× graph), and searches answer without them meanwhile.
    const stillThisLoad = async () => {
      await nextTurn();
      return generation === loads;
    };
    await warmFuzzyNeighbours(await searchIndexFor(store), stillThisLoad, SLICE_MS);
    await warmTextNeighbours(await textIndexFor(store), stillThisLoad, SLICE_MS);
  };
  return {
    store,
    search: (query, opts) => search(store, query, opts),
    entity: (id, documentPage) => entityDetail(store, id, documentPage),
    neighbourhood: (id, opts) => neighbourhood(store, id, opts),
    personMeetings: (id, page) => personMeetings(store, id, page),
    pairMeetings: (a, b) => pairMeetings(store, a, b),
    country: (code, page) => countryProfile(store, code, page),
    countryJson: (code, page) => countryProfileJson(store, code, page),
    countryGraph: (code, page) => countryGraph(store, code, page),
    countryGraphJson: (code, page) => countryGraphJson(store, code, page),
    path: async (from, to, opts) => withKeptJsonText(store.backend, await connection(store, from, to, opts), pathJson),
    agreements: (filter, page) => agreementPage(store, filter, page),
    agreementLifecycle: (id) => agreementLifecycle(store, id),
    document: (id) => documentView(store, id),
    edge: (id) => edgeDetail(store, id),
    stats: () => stats(store, options.build ?? null),
    posts: (filter, page, holderPage, heldAtPage) => postPage(store, filter, page, holderPage, heldAtPage),
    entities: (filter, page) => entityPage(store, filter, page),
    cypher: (query, params) => runCypher(store, query, params, options.cypherLimits ?? DEFAULT_CYPHER_LIMITS),
    textSearch: (query, filter, page) => textSearch(store, query, filter, page),
    countriesAnalytics: (by) => countriesAnalytics(store, by),
    counterparts: (id, limit) => counterparts(store, id, limit),
    countryActivity: (code, by) => countryActivity(store, code, by),
    occasions: (filter, page) => occasionPage(store, filter, page),
    load: async (graph) => {
      try {
        return await store.load(graph);
      } finally {
        loads += 1;
        forgetDerived(store);
      }
    },
    warm: () => {
      if (warming?.generation !== loads) warming = { generation: loads, done: warm(loads) };
      return warming.done;
    },
    generation: () => loads,
    close: () => store.close(),
  };
}
