import type { GraphData, NodeRecord } from '../../../src/domain/index.js';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../../../src/domain/labels.js';
import { createRandom } from '../corpus/index.js';

/** The endpoints the HTTP bench loads, each with the questions users would ask of this graph. */
export type Endpoint =
  | 'search'
  | 'entity'
  | 'neighbourhood'
  | 'meetings'
  | 'country'
  | 'country-graph'
  | 'path'
  | 'agreements'
  | 'posts'
  | 'entities'
  | 'occasions'
  | 'documents'
  | 'analytics'
  | 'counterparts'
  | 'activity'
  | 'lifecycle';

/** At most this many distinct URLs per endpoint: enough that a cycle through them is far longer than the answer cache (2,000 entries). */
export const MAX_URLS = 12_000;

const enc = encodeURIComponent;

/** A typing slip: two neighbouring inner letters swapped ("Lidnqvist"). */
function typo(word: string, at: number): string {
  if (word.length < 5) return word;
  const i = 1 + (at % (word.length - 3));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/**
 * The entity searches users type, each with the entities it was drawn from: every entity's name,
 * its lower case, its last word, its first two words, a typo in its first word, and each alias
 * (words of one or two letters left out). In first-drawn order; a query several entities give
 * lists them all. What search-quality reads to rank each query's source.
 */
export function searchQuerySources(entities: readonly NodeRecord[]): Map<string, string[]> {
  const sources = new Map<string, string[]>();
  const add = (query: string, id: string) => {
    const ids = sources.get(query);
    if (!ids) sources.set(query, [id]);
    else if (ids[ids.length - 1] !== id) ids.push(id);
  };
  entities.forEach((n, i) => {
    const name = n.attributes.name;
    const words = name.split(/\s+/).filter((w) => w.length > 2);
    add(name, n.id);
    add(name.toLowerCase(), n.id);
    if (words.length > 1) add(words.at(-1)!, n.id);
    if (words.length > 2) add(words.slice(0, 2).join(' '), n.id);
    if (words[0]) add(typo(words[0], i) + (words.length > 1 ? ` ${words.slice(1).join(' ')}` : ''), n.id);
    for (const alias of n.attributes.aliases ?? []) add(alias, n.id);
  });
  return sources;
}

/**
 * Draws the request URLs (path and query) for every endpoint from the graph itself: searches by
 * names, aliases, single words, lower case and typos; every entity and its neighbourhood; every
 * person's meetings and every pair that met; every country by code, name and case at several pages;
 * paths between random pairs; agreements by party, kind, status and year; posts, entity lists and
 * occasions by their filters; full-text searches from release titles; the charts' numbers (the
 * countries' table, each country's activity, each person's counterparts). Deterministic in
 * `seed`; each list shuffled.
 */
export function drawUrls(graph: GraphData, seed = 1): Record<Endpoint, string[]> {
  const random = createRandom(seed);
  const entities = graph.nodes.filter((n) => n.attributes.label !== 'Document');
  const people = entities.filter((n) => n.attributes.label === 'Person');
  const actors = entities.filter((n) => n.attributes.label === 'Person' || n.attributes.label === 'Organization');
  const countries = entities.filter((n) => n.attributes.label === 'Country').map((n) => n.id.replace(/^country:/, ''));
  const cap = (urls: Iterable<string>): string[] => random.sample([...new Set(urls)], MAX_URLS);

  const search = [...searchQuerySources(entities).keys()].filter((q) => q.trim().length > 0 && q.length <= 200).map((q, i) => `/api/search?q=${enc(q)}&limit=${i % 3 === 0 ? 10 : 20}`);

  const met = graph.edges.filter((e) => e.attributes.type === 'MET');
  const meetings = [...people.map((p) => `/api/persons/${enc(p.id)}/meetings`), ...met.map((e) => `/api/meetings?a=${enc(e.source)}&b=${enc(e.target)}`)];

  const paths: string[] = [];
  for (let i = 0; actors.length > 1 && i < MAX_URLS; i++) {
    const from = random.pick(actors).id;
    const to = random.pick(actors).id;
    if (from !== to) paths.push(`/api/path?from=${enc(from)}&to=${enc(to)}`);
  }

  const years = Array.from({ length: 11 }, (_, i) => 2015 + i);
  const agreements: string[] = [];
  for (const party of [null, ...countries]) {
    for (const kind of [null, ...AGREEMENT_KINDS]) {
      for (const status of [null, ...AGREEMENT_STATUSES]) {
        for (const year of [null, ...years]) {
          const params = [party && `party=${party}`, kind && `kind=${kind}`, status && `status=${status}`, year && `from=${year}-01-01`].filter(Boolean);
          agreements.push(`/api/agreements${params.length ? `?${params.join('&')}` : ''}`);
        }
      }
    }
  }

  // Posts by each title wording and organisation, on a day of each month; entity lists by label, country, kind and prefix, some as CSV.
  const held = graph.edges.filter((e) => e.attributes.type === 'HOLDS_POSITION' && e.attributes.title);
  const days = years.flatMap((year) => ['01', '04', '07', '10'].map((month) => `${year}-${month}-15`));
  const posts = held.flatMap((e, i) => [
    `/api/posts?title=${enc(e.attributes.title!)}&at=${days[i % days.length]}`,
    `/api/posts?org=${enc(e.target)}${i % 2 ? '&format=csv' : ''}`,
  ]);
  const prefixes = [...new Set(actors.map((n) => n.attributes.name.slice(0, 3)))];
  const entityLists = [
    ...prefixes.map((prefix, i) => `/api/entities?prefix=${enc(prefix)}${i % 3 === 0 ? '&format=csv' : ''}`),
    ...countries.flatMap((country) => ['Person', 'Organization'].map((label) => `/api/entities?label=${label}&country=${country}`)),
    ...countries.map((country) => `/api/entities?label=Organization&kind=government&country=${country}&limit=20&offset=20`),
  ];

  // Meeting occasions by person, by country and year, by year alone, some as CSV.
  const occasions = [
    ...people.map((p, i) => `/api/occasions?person=${enc(p.id)}${i % 4 === 0 ? '&format=csv' : ''}`),
    ...countries.flatMap((country) => [null, ...years].map((year) => `/api/occasions?country=${country}${year ? `&from=${year}-01-01&to=${year}-12-31` : ''}`)),
    ...years.map((year) => `/api/occasions?from=${year}-01-01&to=${year}-12-31`),
  ];

  // Countries by code, alpha-3 aside, lower case and by name, each at several pages and sizes (the first page most).
  const countryNodes = entities.filter((n) => n.attributes.label === 'Country');
  const countryPages = ['', '?limit=10', '?limit=5', '?offset=20', '?offset=10&limit=10', '?limit=50', '?offset=40&limit=20', '?limit=1'];
  const countryUrls = countryNodes.flatMap((n) => {
    const code = n.id.replace(/^country:/, '');
    return [code, code.toLowerCase(), n.attributes.name].flatMap((asked) => countryPages.map((page) => `/api/countries/${enc(asked)}${page}`));
  });

  // Full-text search: words of release titles (one, two, a typo, a prefix), some with a country, an entity or a year.
  const documents = graph.nodes.filter((n) => n.attributes.label === 'Document');
  const textQueries: string[] = [];
  documents.forEach((doc, i) => {
    const words = doc.attributes.name.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3);
    if (words.length === 0) return;
    const word = words[i % words.length]!;
    const q = [word, words.slice(0, 2).join(' '), typo(word, i), word.slice(0, Math.max(4, word.length - 2))][i % 4]!;
    const year = doc.attributes.date?.slice(0, 4);
    const filter = [
      '',
      countries.length ? `&country=${countries[i % countries.length]}` : '',
      year ? `&from=${year}-01-01&to=${year}-12-31` : '',
      entities.length ? `&entity=${enc(entities[i % entities.length]!.id)}` : '',
    ][i % 4];
    textQueries.push(`/api/documents/search?q=${enc(q)}${filter}`);
  });

  // Charts: every country's activity and the countries' table, by quarter and year; every person's counterparts at a few sizes.
  const periods = ['quarter', 'year'];
  const activity = periods.flatMap((by) => countryNodes.flatMap((n) => [n.id.replace(/^country:/, ''), n.attributes.name].map((asked) => `/api/countries/${enc(asked)}/activity?by=${by}`)));
  const counterparts = people.flatMap((p, i) => [`/api/persons/${enc(p.id)}/counterparts`, `/api/persons/${enc(p.id)}/counterparts?limit=${[5, 10, 50][i % 3]}`]);

  const drawn = {
    search: cap(search),
    entity: cap(entities.map((n) => `/api/entities/${enc(n.id)}`)),
    neighbourhood: cap(entities.map((n) => `/api/entities/${enc(n.id)}/neighbourhood?depth=1`)),
    meetings: cap(meetings),
    country: cap(countryUrls),
    path: cap(paths),
    agreements: cap(agreements),
    posts: cap(posts),
    entities: cap(entityLists),
    occasions: cap(occasions),
    documents: cap(textQueries),
    // Two questions only; the cache-busting parameter keeps every answer uncached.
    analytics: periods.map((by) => `/api/analytics/countries?by=${by}`),
    counterparts: cap(counterparts),
    activity: cap(activity),
    // Every agreement's lifecycle (GET /api/agreements/:id).
    lifecycle: cap(entities.filter((n) => n.attributes.label === 'Agreement').map((n) => `/api/agreements/${enc(n.id)}`)),
  };
  // The drawing of the same country pages, as the viewer asks it beside each country answer; made from the drawn country URLs so the other endpoints' draws stay as they were.
  return { ...drawn, 'country-graph': drawn.country.map((url) => url.replace(/^(\/api\/countries\/[^/?]+)/, '$1/graph')) };
}
