/**
 * The viewer's only door to the server: one function per operation of src/api/openapi.ts. Ids hold
 * `:` and `>`, so every id is URL-encoded. A non-2xx answer becomes an ApiError carrying the
 * server's `{ error: { code, message } }`.
 */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

async function request(path, init) {
  let response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, ...init });
  } catch (cause) {
    throw new ApiError(0, 'NETWORK', `The server could not be reached (${cause.message}).`);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.error ?? {};
    throw new ApiError(response.status, error.code ?? `HTTP_${response.status}`, error.message ?? response.statusText);
  }
  return body;
}

function query(params) {
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

export const api = {
  /** Entities whose name or alias matches `q`. */
  search: (q, { limit = 10, labels } = {}) => request(`/api/search${query({ q, limit, labels })}`),
  /** Names, positions, relation counts and documents of one entity. */
  entity: (id) => request(`/api/entities/${enc(id)}`),
  /** The ego network of an entity as Cytoscape elements. */
  neighbourhood: (id, { depth, limit, types, labels, from, to } = {}) =>
    request(`/api/entities/${enc(id)}/neighbourhood${query({ depth, limit, types, labels, from, to })}`),
  /** A relation with its evidence sentences and documents. */
  edge: (id) => request(`/api/edges/${enc(id)}`),
  /** A document's text and its marked mentions. */
  document: (id) => request(`/api/documents/${enc(id)}`),
  /** Meetings, agreements, officials and timeline of a country. */
  country: (code) => request(`/api/countries/${enc(code)}`),
  /** Shortest connections between two entities. */
  path: (from, to, { maxDepth, types, limit } = {}) => request(`/api/path${query({ from, to, maxDepth, types, limit })}`),
  /** Backend, counts and date range. */
  stats: () => request('/api/stats'),
  /** Read-only Cypher (Neo4j only). */
  cypher: (text, params = {}) =>
    request('/api/cypher', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ query: text, params }),
    }),
};
