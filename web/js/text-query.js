// @ts-check
/**
 * A release-text search as the viewer holds it: the words and the filters GET /api/documents/search
 * takes (released from, released to, a country mentioned, an entity mentioned). It lives in the view
 * state under `q`, `qfrom`, `qto`, `qcountry` and `qentity`, apart from the graph's own time filter
 * (`from`, `to`), so a shared link reproduces the filtered hits without narrowing the drawing.
 */

/**
 * @typedef {object} TextQuery
 * @property {string} q the words
 * @property {string} [from] ISO day: released on or after
 * @property {string} [to] ISO day: released on or before
 * @property {string} [country] ISO code or country name the releases mention
 * @property {string} [entity] node id the releases mention
 */

/** @typedef {Pick<import('./url-state.js').ViewState, 'q' | 'qfrom' | 'qto' | 'qcountry' | 'qentity'>} TextQueryState */

/**
 * The search a state holds, or undefined when it holds none (filters without words search nothing).
 * @param {Readonly<TextQueryState>} state
 * @returns {TextQuery | undefined}
 */
export function textQueryOf(state) {
  const q = state.q?.trim();
  if (!q) return undefined;
  return withoutEmpty({ q, from: state.qfrom, to: state.qto, country: state.qcountry, entity: state.qentity });
}

/**
 * Writes a search into the state, or clears every key of it (`undefined`), filters included: a
 * filter left behind would narrow the next search the user starts.
 * @param {TextQueryState} state
 * @param {TextQuery | undefined} query
 */
export function setTextQuery(state, query) {
  state.q = query?.q;
  state.qfrom = query?.from;
  state.qto = query?.to;
  state.qcountry = query?.country;
  state.qentity = query?.entity;
}

/**
 * The query with blank filters dropped and the rest trimmed, as the API and links want them.
 * @param {{ q: string, from?: string | null, to?: string | null, country?: string | null, entity?: string | null }} query
 * @returns {TextQuery}
 */
export function withoutEmpty(query) {
  /** @type {TextQuery} */
  const clean = { q: query.q.trim() };
  for (const key of /** @type {const} */ (['from', 'to', 'country', 'entity'])) {
    const value = query[key]?.trim();
    if (value) clean[key] = value;
  }
  return clean;
}

/**
 * The filters in words, for the line that counts the hits: `released 2025-01-01 to 2025-06-30,
 * mentioning Japan and Yeo Han-koo`. Empty when no filter is set.
 * @param {TextQuery} query
 * @param {string} [entityName] the entity's name, when known (its id otherwise)
 * @returns {string}
 */
export function describeFilters(query, entityName) {
  const parts = [];
  if (query.from && query.to) parts.push(`released ${query.from} to ${query.to}`);
  else if (query.from) parts.push(`released on or after ${query.from}`);
  else if (query.to) parts.push(`released on or before ${query.to}`);
  const mentioned = [query.country, query.entity ? (entityName ?? query.entity) : undefined].filter(Boolean);
  if (mentioned.length > 0) parts.push(`mentioning ${mentioned.join(' and ')}`);
  return parts.join(', ');
}
