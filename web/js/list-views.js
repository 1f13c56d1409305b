// @ts-check
/**
 * The views drawn in the graph's place: meetings (one row per occasion, /api/occasions), posts
 * (holders over time, /api/posts) and partners (meetings and agreements per country per period,
 * /api/analytics/countries, as a chart and its table). Their filters live in the URL
 * (`?view=meetings&country=CN&from=2025-01-01`, `?view=posts&title=Minister&org=…&at=2025-10-15`,
 * `?view=partners&by=quarter&measure=agreements`), so a link reproduces the view; each list
 * offers the CSV of the same page.
 */
import { api, asError, csvUrl } from './api.js';
import { $as, replace } from './dom.js';
import { whileBusy } from './busy.js';
import { errorBox } from './widgets.js';
import { meetingsTable } from './tables/meetings-table.js';
import { postsTable } from './tables/posts-table.js';
import { partnersView } from './partners-chart.js';
import { measureOf, periodOf } from './partners-data.js';
import { withId, withoutId } from './hubs.js';

/** Rows per page of a table view. */
export const TABLE_PAGE = 100;

/** Holders, or people who held a post on the day, one "more" adds to a post's list. */
const MORE_OF_A_POST = 50;

/**
 * @typedef {object} ListViewDeps
 * @property {import('./url-state.js').ViewState} state
 * @property {HTMLElement} tableView where the table replaces the graph
 * @property {HTMLElement} empty the graph's empty-state note, hidden under a table
 * @property {(text: string) => void} say
 * @property {(push?: boolean) => void} save
 * @property {import('./controller.js').Actions} actions
 */

/** @typedef {'meetings' | 'posts'} TableView a view with a form in the controls column */
/** @typedef {'country' | 'from' | 'to' | 'title' | 'org' | 'at'} FormKey */

/**
 * Each table view's text inputs, by the state key each holds.
 * @type {Readonly<Record<TableView, Readonly<Partial<Record<FormKey, string>>>>>}
 */
const FORM_FIELDS = {
  meetings: { country: '#meetings-country', from: '#meetings-from', to: '#meetings-to' },
  posts: { title: '#posts-title', org: '#posts-org', at: '#posts-at' },
};

/** @param {HTMLElement} element */
const valueOf = (element) => (element instanceof HTMLInputElement ? element.value.trim() || undefined : undefined);

/**
 * @param {ListViewDeps} deps
 */
export function createListViews({ state, tableView, empty, say, save, actions }) {
  /** @param {Node} content */
  function showTable(content) {
    empty.hidden = true;
    tableView.hidden = false;
    // A chart left in the page keeps its resize observer and its place in chart.js's registry.
    for (const canvas of tableView.querySelectorAll('canvas')) globalThis.Chart?.getChart(canvas)?.destroy();
    replace(tableView, content);
  }

  /** @param {unknown} error */
  function fail(error) {
    const problem = asError(error);
    showTable(errorBox(problem));
    say(problem.message);
  }

  return {
    /**
     * Reads a table view's form into the state. The meetings person comes from its autocomplete:
     * emptying the field drops it.
     * @param {TableView} view
     */
    readForm(view) {
      for (const [key, selector] of Object.entries(FORM_FIELDS[view])) state[/** @type {FormKey} */ (key)] = valueOf($as(HTMLInputElement, selector));
      if (view === 'meetings' && !valueOf($as(HTMLInputElement, '#meetings-person'))) state.person = undefined;
    },

    /**
     * Writes the state into a table view's form (a shared link, back/forward).
     * @param {TableView} view
     */
    fillForm(view) {
      for (const [key, selector] of Object.entries(FORM_FIELDS[view])) $as(HTMLInputElement, selector).value = state[/** @type {FormKey} */ (key)] ?? '';
      // A shared link names the person by id until the table gives their name.
      if (view === 'meetings') $as(HTMLInputElement, '#meetings-person').value = state.person ?? '';
    },

    /**
     * The meetings table for the state's person, country and dates.
     * @param {{ history?: boolean, offset?: number }} [options]
     */
    async showMeetings({ history = true, offset = 0 } = {}) {
      if (history) save(true);
      const filter = { person: state.person, country: state.country, from: state.from, to: state.to };
      try {
        const list = await api.occasions({ ...filter, offset, limit: TABLE_PAGE });
        showTable(
          meetingsTable({
            list,
            csv: csvUrl('/api/occasions', { ...filter, offset, limit: TABLE_PAGE }),
            go: (next) => void this.showMeetings({ history: false, offset: next }),
            openEntity: actions.openEntity,
            openDocument: (id) => actions.openDocument(id, null, { push: true }),
          }),
        );
        const asked = list.occasions[0]?.a;
        if (state.person && asked?.id === state.person) $as(HTMLInputElement, '#meetings-person').value = asked.name;
        say(`${list.total} meeting occasion(s)`);
      } catch (error) {
        fail(error);
      }
    },

    /**
     * The posts table for the state's title, organisation and day. A post listing only some of
     * its holders (or of who held it on the day) adds the next page of them in place on request:
     * that post asked again by its title and organisation, with the next offset.
     * @param {{ history?: boolean, offset?: number }} [options]
     */
    async showPosts({ history = true, offset = 0 } = {}) {
      if (history) save(true);
      const filter = { title: state.title, org: state.org, at: state.at };
      try {
        const list = await api.posts({ ...filter, offset, limit: TABLE_PAGE });
        showTable(
          postsTable({
            list,
            at: state.at,
            csv: csvUrl('/api/posts', { ...filter, offset, limit: TABLE_PAGE }),
            go: (next) => void this.showPosts({ history: false, offset: next }),
            more: async (post, pages) => {
              const one = await api.posts({ title: post.title, org: post.organization.id, at: filter.at, limit: 1, holderLimit: MORE_OF_A_POST, heldAtLimit: MORE_OF_A_POST, ...pages });
              return one.posts.find((candidate) => candidate.id === post.id);
            },
            openEntity: actions.openEntity,
          }),
        );
        say(`${list.total} post(s)`);
      } catch (error) {
        fail(error);
      }
    },

    /**
     * The partners chart for the state's period and measure, the countries hidden by name left out
     * (`?hide=`, shared with the graph views: the home country is a hub there too).
     * @param {{ history?: boolean }} [options]
     */
    async showPartners({ history = true } = {}) {
      if (history) save(true);
      const measure = measureOf(state.measure);
      try {
        const analytics = await api.countriesAnalytics(periodOf(state.by));
        /** @param {string[] | undefined} hide */
        const redraw = (hide) => {
          state.hide = hide;
          void whileBusy(() => this.showPartners());
        };
        showTable(
          partnersView({
            analytics,
            measure,
            leftOut: state.hide ?? [],
            change: (change) => {
              Object.assign(state, change);
              void whileBusy(() => this.showPartners());
            },
            openCountry: (code) => void actions.showCountry(code),
            leaveOut: (id) => redraw(withId(state.hide, id)),
            putBack: (id) => redraw(withoutId(state.hide, id)),
          }),
        );
        say(`${analytics.countries.length} countries with meetings or agreements, ${analytics.periods.length} ${analytics.by}(s)`);
      } catch (error) {
        fail(error);
      }
    },
  };
}

/** @typedef {ReturnType<typeof createListViews>} ListViews */
