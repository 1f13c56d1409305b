// @ts-check
/**
 * The shareable state of the viewer, held in the URL's query string so a link reproduces the view:
 * `?view=explore&entity=person:yeo-han-koo&labels=Person,Country&from=2025-01-01&to=2025-06-30`;
 * `?view=country&country=RS&agreement=agreement:korea-serbia-cepa` opens an agreement's lifecycle over the country view;
 * `?q=barakah` lists the releases whose text holds the words (over whatever view the rest names), and
 *   `&qfrom=2025-01-01&qto=2025-06-30&qcountry=AE&qentity=person:…` narrows those hits (not the drawing);
 * `?view=partners&by=year&measure=agreements&hide=country:KR` charts the partner countries without Korea.
 */

/** @typedef {'explore' | 'country' | 'path' | 'cypher' | 'meetings' | 'posts' | 'partners'} View */

/**
 * @typedef {object} ViewState
 * @property {View} view
 * @property {string} [entity] the entity whose neighbourhood is drawn
 * @property {string} [q] the release-text search listed in the panel
 * @property {string} [qfrom] the release-text search's first release day
 * @property {string} [qto] the release-text search's last release day
 * @property {string} [qcountry] the country (code or name) the searched releases mention
 * @property {string} [qentity] the entity (node id) the searched releases mention
 * @property {string} [edge] the relation whose evidence is open
 * @property {string} [country] ISO code of the country view (and the meetings table's country)
 * @property {string} [agreement] the agreement whose lifecycle panel is open
 * @property {string} [person] the meetings table's person (a Person id)
 * @property {string} [title] the posts table's title, any wording
 * @property {string} [org] the posts table's organisation (id, name or alias)
 * @property {string} [at] the posts table's day: who held each post then
 * @property {string} [by] the partners chart's period, `quarter` (the default) or `year`
 * @property {string} [measure] what the partners chart counts, `meetings` (the default) or `agreements`
 * @property {string} [pathFrom]
 * @property {string} [pathTo]
 * @property {string} [from] ISO date: the time filter's start
 * @property {string} [to]
 * @property {string[]} [labels] node labels kept (none = all)
 * @property {string[]} [types] relationship types kept (none = all)
 * @property {string} [limit] neighbours drawn when an entity opens
 * @property {string} [hubs] hub threshold: nodes mentioned in this many documents are hidden (0 = none, absent = automatic)
 * @property {string[]} [hide] node ids hidden by name
 * @property {string[]} [show] node ids shown although they are hubs
 */

/** @typedef {'q' | 'qfrom' | 'qto' | 'qcountry' | 'qentity' | 'entity' | 'edge' | 'country' | 'agreement' | 'person' | 'title' | 'org' | 'at' | 'by' | 'measure' | 'pathFrom' | 'pathTo' | 'from' | 'to' | 'limit' | 'hubs'} TextKey */

/** @type {readonly TextKey[]} */
const TEXT_KEYS = ['q', 'qfrom', 'qto', 'qcountry', 'qentity', 'entity', 'edge', 'country', 'agreement', 'person', 'title', 'org', 'at', 'by', 'measure', 'pathFrom', 'pathTo', 'from', 'to', 'limit', 'hubs'];
/** @type {readonly ('labels' | 'types' | 'hide' | 'show')[]} */
const LIST_KEYS = ['labels', 'types', 'hide', 'show'];
/** @type {readonly (keyof ViewState)[]} */
const KEYS = ['view', 'q', 'qfrom', 'qto', 'qcountry', 'qentity', 'entity', 'edge', 'country', 'agreement', 'person', 'title', 'org', 'at', 'by', 'measure', 'pathFrom', 'pathTo', 'from', 'to', 'labels', 'types', 'limit', 'hubs', 'hide', 'show'];
/** @type {readonly string[]} */
const VIEWS = ['explore', 'country', 'path', 'cypher', 'meetings', 'posts', 'partners'];

/**
 * Whether a string names one of the views.
 * @param {string | null | undefined} view
 * @returns {view is View}
 */
export const isView = (view) => typeof view === 'string' && VIEWS.includes(view);

/**
 * Reads the state from a query string; unknown keys are ignored, a bad view falls back to explore.
 * @param {string} [search]
 * @returns {ViewState}
 */
export function readState(search = location.search) {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  /** @type {ViewState} */
  const state = { view: isView(view) ? view : 'explore' };
  for (const key of TEXT_KEYS) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  for (const key of LIST_KEYS) {
    const value = params.get(key);
    if (value) state[key] = value.split(',').filter(Boolean);
  }
  return state;
}

/**
 * The query string for a state, keys in a fixed order so equal states give equal links.
 * @param {Readonly<ViewState>} state
 * @returns {string}
 */
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
 * @param {Readonly<ViewState>} state
 * @param {{ push?: boolean }} [options]
 */
export function writeState(state, { push = false } = {}) {
  const url = `${location.pathname}${stateToSearch(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
