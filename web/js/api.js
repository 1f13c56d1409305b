// @ts-check
/**
 * The viewer's only door to the server: one function per operation of src/api/openapi.ts. Ids hold
 * `:` and `>`, so every id is URL-encoded. A non-2xx answer becomes an ApiError carrying the
 * server's `{ error: { code, message } }`. Answers are typed by the server's own TypeScript types
 * (src/query/types.ts), so a renamed response field fails `npm run typecheck` where the viewer reads it.
 */

/**
 * @typedef {import('../../src/query/types.js').SearchResult} SearchResult
 * @typedef {import('../../src/query/types.js').EntityDetail} EntityDetail
 * @typedef {import('../../src/query/types.js').Neighbourhood} Neighbourhood
 * @typedef {import('../../src/query/types.js').EdgeDetail} EdgeDetail
 * @typedef {import('../../src/query/types.js').DocumentView} DocumentView
 * @typedef {import('../../src/query/types.js').CountryProfile} CountryProfile
 * @typedef {import('../../src/query/types.js').CountryGraph} CountryGraph
 * @typedef {import('../../src/query/types.js').PathResult} PathResult
 * @typedef {import('../../src/query/types.js').Stats} Stats
 * @typedef {import('../../src/query/types.js').CypherResponse} CypherResponse
 * @typedef {import('../../src/query/types.js').TextSearchResult} TextSearchResult
 * @typedef {import('../../src/query/types.js').OccasionList} OccasionList
 * @typedef {import('../../src/query/types.js').PostList} PostList
 * @typedef {import('../../src/query/types.js').CountryActivity} CountryActivity
 * @typedef {import('../../src/query/types.js').AgreementLifecycle} AgreementLifecycle
 * @typedef {import('../../src/query/types.js').CountriesAnalytics} CountriesAnalytics
 * @typedef {import('../../src/query/types.js').Counterparts} Counterparts
 */

export class ApiError extends Error {
  /**
   * @param {number} status HTTP status, 0 when the server could not be reached
   * @param {string} code the server's stable error code, `NETWORK`, or `HTTP_<status>`
   * @param {string} message
   */
  constructor(status, code, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/**
 * A caught value as something with a message (and a code when it is an ApiError), for the
 * status line and error boxes: `catch` binds `unknown`.
 * @param {unknown} error
 * @returns {{ code?: string, message: string }}
 */
export function asError(error) {
  if (error instanceof ApiError) return error;
  return { message: error instanceof Error ? error.message : String(error) };
}

/**
 * @template T
 * @param {string} path
 * @param {RequestInit} [init]
 * @returns {Promise<T>}
 */
async function request(path, init) {
  let response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, ...init });
  } catch (cause) {
    throw new ApiError(0, 'NETWORK', `The server could not be reached (${cause instanceof Error ? cause.message : String(cause)}).`);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    /** @type {{ code?: unknown, message?: unknown }} */
    const error = body?.error ?? {};
    throw new ApiError(
      response.status,
      typeof error.code === 'string' ? error.code : `HTTP_${response.status}`,
      typeof error.message === 'string' ? error.message : response.statusText,
    );
  }
  return body;
}

/**
 * The query string of a request: empty values and empty lists left out, lists comma-joined.
 * @param {Record<string, string | number | readonly string[] | null | undefined>} params
 * @returns {string} `?q=x&limit=10`, or '' when nothing is set
 */
export function queryString(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const enc = encodeURIComponent;

/**
 * @typedef {object} NeighbourhoodOptions
 * @property {number} [depth]
 * @property {number} [limit]
 * @property {string[]} [types]
 * @property {string[]} [labels]
 * @property {string} [from]
 * @property {string} [to]
 */

/**
 * @typedef {object} OccasionFilter
 * @property {string} [person] a Person id
 * @property {string} [country] ISO code or name
 * @property {string} [from] ISO day
 * @property {string} [to] ISO day
 * @property {number} [offset]
 * @property {number} [limit]
 */

/**
 * @typedef {object} PostFilter
 * @property {string} [title] a title in any wording
 * @property {string} [org] an organisation id, name or alias
 * @property {string} [at] ISO day
 * @property {number} [offset]
 * @property {number} [limit]
 * @property {number} [holderLimit] holders listed per post (the API's default when absent; `holderTotal` says how many)
 * @property {number} [holderOffset] holders of each post skipped
 * @property {number} [heldAtOffset] people who held each post on `at` skipped
 * @property {number} [heldAtLimit] people who held each post on `at` listed (the API's default when absent; `heldAtTotal` says how many)
 */

/**
 * The address of a list's CSV: the same request as its JSON with `format=csv`, so the rows match.
 * @param {string} path `/api/occasions`
 * @param {Record<string, string | number | readonly string[] | null | undefined>} params
 */
export const csvUrl = (path, params) => `${path}${queryString({ ...params, format: 'csv' })}`;

export const api = {
  /**
   * Entities whose name or alias matches `q`.
   * @param {string} q
   * @param {{ limit?: number, labels?: readonly string[] }} [options]
   * @returns {Promise<SearchResult>}
   */
  search: (q, { limit = 10, labels } = {}) => request(`/api/search${queryString({ q, limit, labels })}`),
  /**
   * Names, positions, relation counts and one page of the documents naming one entity (`documentTotal` says how many).
   * @param {string} id
   * @param {{ documentOffset?: number, documentLimit?: number }} [options]
   * @returns {Promise<EntityDetail>}
   */
  entity: (id, { documentOffset, documentLimit } = {}) => request(`/api/entities/${enc(id)}${queryString({ documentOffset, documentLimit })}`),
  /**
   * The ego network of an entity as Cytoscape elements.
   * @param {string} id
   * @param {NeighbourhoodOptions} [options]
   * @returns {Promise<Neighbourhood>}
   */
  neighbourhood: (id, { depth, limit, types, labels, from, to } = {}) =>
    request(`/api/entities/${enc(id)}/neighbourhood${queryString({ depth, limit, types, labels, from, to })}`),
  /**
   * A relation with its evidence sentences and documents.
   * @param {string} id
   * @returns {Promise<EdgeDetail>}
   */
  edge: (id) => request(`/api/edges/${enc(id)}`),
  /**
   * A document's text and its marked mentions.
   * @param {string} id
   * @returns {Promise<DocumentView>}
   */
  document: (id) => request(`/api/documents/${enc(id)}`),
  /**
   * Meetings, agreements, officials and timeline of a country: one page of each list, with totals.
   * @param {string} code
   * @param {{ offset?: number, limit?: number }} [page]
   * @returns {Promise<CountryProfile>}
   */
  country: (code, { offset, limit } = {}) => request(`/api/countries/${enc(code)}${queryString({ offset, limit })}`),
  /**
   * The drawing of the same page of a country's lists: the country, what the page lists, the relations between them.
   * @param {string} code
   * @param {{ offset?: number, limit?: number }} [page]
   * @returns {Promise<CountryGraph>}
   */
  countryGraph: (code, { offset, limit } = {}) => request(`/api/countries/${enc(code)}/graph${queryString({ offset, limit })}`),
  /**
   * An agreement's dated stages, each with the releases that state it.
   * @param {string} id
   * @returns {Promise<AgreementLifecycle>}
   */
  agreementLifecycle: (id) => request(`/api/agreements/${enc(id)}`),
  /**
   * Shortest connections between two entities.
   * @param {string} from
   * @param {string} to
   * @param {{ maxDepth?: number, types?: string[], limit?: number }} [options]
   * @returns {Promise<PathResult>}
   */
  path: (from, to, { maxDepth, types, limit } = {}) => request(`/api/path${queryString({ from, to, maxDepth, types, limit })}`),
  /**
   * Releases whose title or text holds the words, ranked, with marked passages.
   * @param {string} q
   * @param {{ offset?: number, limit?: number, from?: string, to?: string, country?: string, entity?: string }} [options]
   * @returns {Promise<TextSearchResult>}
   */
  textSearch: (q, { offset, limit, from, to, country, entity } = {}) =>
    request(`/api/documents/search${queryString({ q, offset, limit, from, to, country, entity })}`),
  /**
   * Meetings one row per occasion (a pair of people on one day), filtered.
   * @param {OccasionFilter} [filter]
   * @returns {Promise<OccasionList>}
   */
  occasions: ({ person, country, from, to, offset, limit } = {}) => request(`/api/occasions${queryString({ person, country, from, to, offset, limit })}`),
  /**
   * Posts (a title at an organisation) and their holders over time; `at` says who held each then.
   * @param {PostFilter} [filter]
   * @returns {Promise<PostList>}
   */
  posts: ({ title, org, at, offset, limit, holderOffset, holderLimit, heldAtOffset, heldAtLimit } = {}) =>
    request(`/api/posts${queryString({ title, org, at, offset, limit, holderOffset, holderLimit, heldAtOffset, heldAtLimit })}`),
  /**
   * A country's meetings, agreements and mentions per quarter or year.
   * @param {string} code
   * @param {'quarter' | 'year'} [by]
   * @returns {Promise<CountryActivity>}
   */
  countryActivity: (code, by = 'quarter') => request(`/api/countries/${enc(code)}/activity${queryString({ by })}`),
  /**
   * Meetings and agreements per country per quarter or year, most active country first.
   * @param {'quarter' | 'year'} [by]
   * @returns {Promise<CountriesAnalytics>}
   */
  countriesAnalytics: (by = 'quarter') => request(`/api/analytics/countries${queryString({ by })}`),
  /**
   * The people an official met most often: meeting days, first and last day.
   * @param {string} id a Person id
   * @param {{ limit?: number }} [options]
   * @returns {Promise<Counterparts>}
   */
  counterparts: (id, { limit } = {}) => request(`/api/persons/${enc(id)}/counterparts${queryString({ limit })}`),
  /**
   * Backend, counts and date range.
   * @returns {Promise<Stats>}
   */
  stats: () => request('/api/stats'),
  /**
   * Read-only Cypher (Neo4j only).
   * @param {string} text
   * @param {Record<string, unknown>} [params]
   * @returns {Promise<CypherResponse>}
   */
  cypher: (text, params = {}) =>
    request('/api/cypher', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ query: text, params }),
    }),
};
