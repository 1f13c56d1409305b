// @ts-check
/**
 * The two table views: meetings (one row per occasion, /api/occasions) and posts (holders over time,
 * /api/posts). Their filters live in the URL (`?view=meetings&country=CN&from=2025-01-01`,
 * `?view=posts&title=Minister&org=…&at=2025-10-15`), so a link reproduces the table; each table
 * offers the CSV of the same page.
 */
import { api, asError, csvUrl } from './api.js';
import { $as, replace } from './dom.js';
import { errorBox } from './widgets.js';
import { meetingsTable } from './tables/meetings-table.js';
import { postsTable } from './tables/posts-table.js';

/** Rows per page of a table view. */
export const TABLE_PAGE = 100;

/**
 * @typedef {object} ListViewDeps
 * @property {import('./url-state.js').ViewState} state
 * @property {HTMLElement} tableView where the table replaces the graph
 * @property {HTMLElement} empty the graph's empty-state note, hidden under a table
 * @property {(text: string) => void} say
 * @property {(push?: boolean) => void} save
 * @property {import('./controller.js').Actions} actions
 */

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
    replace(tableView, content);
  }

  /** @param {unknown} error */
  function fail(error) {
    const problem = asError(error);
    showTable(errorBox(problem));
    say(problem.message);
  }

  return {
    /** Reads the meetings form into the state (the person comes from its autocomplete). */
    readMeetingsForm() {
      state.country = valueOf($as(HTMLInputElement, '#meetings-country'));
      state.from = valueOf($as(HTMLInputElement, '#meetings-from'));
      state.to = valueOf($as(HTMLInputElement, '#meetings-to'));
      if (!valueOf($as(HTMLInputElement, '#meetings-person'))) state.person = undefined;
    },

    /** Writes the state into the meetings form (a shared link, back/forward). */
    fillMeetingsForm() {
      $as(HTMLInputElement, '#meetings-country').value = state.country ?? '';
      $as(HTMLInputElement, '#meetings-from').value = state.from ?? '';
      $as(HTMLInputElement, '#meetings-to').value = state.to ?? '';
      // A shared link names the person by id until the table gives their name.
      $as(HTMLInputElement, '#meetings-person').value = state.person ?? '';
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

    /** Reads the posts form into the state. */
    readPostsForm() {
      state.title = valueOf($as(HTMLInputElement, '#posts-title'));
      state.org = valueOf($as(HTMLInputElement, '#posts-org'));
      state.at = valueOf($as(HTMLInputElement, '#posts-at'));
    },

    /** Writes the state into the posts form. */
    fillPostsForm() {
      $as(HTMLInputElement, '#posts-title').value = state.title ?? '';
      $as(HTMLInputElement, '#posts-org').value = state.org ?? '';
      $as(HTMLInputElement, '#posts-at').value = state.at ?? '';
    },

    /**
     * The posts table for the state's title, organisation and day.
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
            openEntity: actions.openEntity,
          }),
        );
        say(`${list.total} post(s)`);
      } catch (error) {
        fail(error);
      }
    },
  };
}

/** @typedef {ReturnType<typeof createListViews>} ListViews */
