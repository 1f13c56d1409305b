/**
 * The shareable state of the viewer, held in the URL's query string so a link reproduces the view:
 * `?view=explore&entity=person:yeo-han-koo&labels=Person,Country&from=2025-01-01&to=2025-06-30`.
 */
const LIST_KEYS = ['labels', 'types'];
const KEYS = ['view', 'entity', 'edge', 'country', 'pathFrom', 'pathTo', 'from', 'to', 'labels', 'types', 'limit'];
const VIEWS = ['explore', 'country', 'path', 'cypher'];

/** Reads the state from a query string; unknown keys are ignored, a bad view falls back to explore. */
export function readState(search = location.search) {
  const params = new URLSearchParams(search);
  const state = { view: 'explore' };
  for (const key of KEYS) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    state[key] = LIST_KEYS.includes(key) ? value.split(',').filter(Boolean) : value;
  }
  if (!VIEWS.includes(state.view)) state.view = 'explore';
  return state;
}

/** The query string for a state, keys in a fixed order so equal states give equal links. */
export function stateToSearch(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Writes the state into the address bar. `push` adds a history entry (a new entity), otherwise the
 * current entry is replaced (a filter nudged).
 */
export function writeState(state, { push = false } = {}) {
  const url = `${location.pathname}${stateToSearch(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
