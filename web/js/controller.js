// @ts-check
/**
 * What the user's actions do: which request to make, what to draw, which panel to open and what
 * to write into the URL. The graph views (explore, country, path, cypher) share one graph; the table
 * views (meetings, posts) and the partners chart draw in its place (list-views.js).
 */
import { api, asError } from './api.js';
import { $, $as, replace } from './dom.js';
import { whileBusy } from './busy.js';
import { download, exportName, viewJson } from './exporter.js';
import { errorText } from './format.js';
import { errorBox } from './widgets.js';
import { openEntityPanel } from './panels/entity.js';
import { openEdgePanel } from './panels/edge.js';
import { openDocumentPanel } from './panels/document.js';
import { openPathPanel } from './panels/path.js';
import { openCountryPanel } from './panels/country.js';
import { openAgreementPanel } from './panels/agreement.js';
import { openTextSearchPanel } from './panels/texts.js';
import { setTextQuery, textQueryOf } from './text-query.js';
import { cypherTable } from './cypher-table.js';
import { createListViews } from './list-views.js';
import { hiddenHubs, hubRule, pathsAvoiding, withId, withoutId } from './hubs.js';

/** Neighbours drawn when an entity opens; `?limit=` in the URL overrides it (up to the API's 2000). */
const NEIGHBOURHOOD_LIMIT = 150;
/** Views drawn in the graph's place (list-views.js). */
const TABLE_VIEWS = ['meetings', 'posts', 'partners'];
/** Agreement keys start so (src/domain/keys.ts): their panel is the lifecycle. */
const isAgreement = (/** @type {string} */ id) => id.startsWith('agreement:');
/** Paths listed in the path view. */
const PATHS_SHOWN = 5;
/** Paths asked for when hubs are hidden, so that some avoid them (the API's maximum). */
const PATHS_ASKED_WITH_HUBS = 50;

/**
 * @typedef {import('./url-state.js').ViewState} ViewState
 * @typedef {import('./url-state.js').View} View
 * @typedef {import('../../src/query/types.js').Stats} Stats
 * @typedef {import('../../src/query/types.js').Elements} Elements
 * @typedef {{ id: string, name?: string, label?: string }} PathEnd an entity chosen as one end of a path
 * @typedef {import('./side-panel.js').OpenOptions} OpenOptions
 */

/**
 * What the panels may ask of the rest of the viewer: open other views, and read or change the
 * drawing. Each is a closure, so a panel can hand it straight to a button.
 * @typedef {object} Actions
 * @property {(id: string) => Promise<void>} openEntity
 * @property {(id: string, opts?: OpenOptions) => Promise<void>} openEdge
 * @property {(id: string, target: { start: number, end: number } | null, opts?: OpenOptions) => Promise<void>} openDocument
 * @property {(id: string) => Promise<void>} focus
 * @property {(id: string) => Promise<void>} toggleExpand
 * @property {(id: string) => void} togglePin
 * @property {(id: string) => boolean} isExpanded
 * @property {(id: string) => boolean} isPinned
 * @property {(id: string) => boolean} isDrawn
 * @property {import('./graph-view.js').GraphView['neighbours']} neighbours
 * @property {(which: 'from' | 'to', node: PathEnd) => Promise<void> | undefined} setPathEnd
 * @property {(code: string, options?: { limit?: number }) => Promise<void>} showCountry
 * @property {(id: string, opts?: OpenOptions) => Promise<void>} openAgreement the lifecycle panel (`?agreement=`)
 * @property {(id: string) => void} hideNode hides a node from every view (`?hide=`)
 * @property {(id: string) => boolean} isHidden
 */

/**
 * @param {object} deps
 * @param {ViewState} deps.state the live state, mirrored into the URL by `writeState`
 * @param {Stats | null} deps.stats null when /api/stats did not answer
 * @param {import('./graph-view.js').GraphView} deps.graph
 * @param {import('./side-panel.js').SidePanel} deps.panel
 * @param {import('./filters.js').Filters} deps.filters
 * @param {typeof import('./url-state.js').writeState} deps.writeState
 * @param {import('./hub-controls.js').HubControls} [deps.hubControls]
 */
export function createController({ state, stats, graph, panel, filters, writeState, hubControls }) {
  const documents = stats?.nodesByLabel?.Document ?? null;
  /** @type {readonly string[]} the ends of the view drawn: never hidden as hubs */
  let roots = [];
  const status = $('#status');
  const empty = $('#empty');
  const tableView = $('#table-view');
  /** @type {{ from: PathEnd | null, to: PathEnd | null }} */
  const pathEnds = { from: null, to: null };

  /** @param {string} text */
  function say(text) {
    status.textContent = text;
  }

  /** @param {unknown} error */
  function report(error) {
    say(errorText(asError(error)));
  }

  function countsText(prefix = '') {
    const { nodes, edges } = graph.counts();
    say(`${prefix}${nodes} nodes · ${edges} edges shown`);
  }

  /**
   * The hub ids to hide among `nodes`, by the state's rule, the view's ends kept.
   * @param {readonly { id: string, name?: string, docCount?: unknown }[]} nodes
   */
  function hubsAmong(nodes) {
    return new Set(hiddenHubs(nodes, hubRule(state, documents), roots).map((n) => n.id));
  }

  /** The filters' value with the hubs of the drawing to hide. */
  function currentFilter() {
    return { ...filters.read(), hide: hubsAmong(graph.nodeData()) };
  }

  /** Shows the hub rule and the hubs hidden from the drawing. */
  function showHubs() {
    const rule = hubRule(state, documents);
    const shown = (state.show ?? []).map((id) => graph.data(id)).filter((d) => d !== undefined);
    hubControls?.render({ ...rule, automatic: state.hubs === undefined }, graph.hiddenHubs(), shown);
  }

  function applyFilter() {
    graph.applyFilter(currentFilter());
    graph.placeLabels();
    showHubs();
    countsText();
  }

  /** @param {boolean} [push] */
  function save(push = false) {
    writeState(state, { push });
  }

  /** @param {boolean} visible */
  function showGraph(visible) {
    empty.hidden = visible;
    tableView.hidden = true;
  }

  /**
   * @param {Elements} elements
   * @param {readonly string[]} ends
   */
  async function draw(elements, ends) {
    roots = ends;
    showGraph(elements.nodes.length > 0);
    await graph.show(elements, ends, { ...filters.read(), hide: hubsAmong(elements.nodes.map((n) => n.data)) });
    showHubs();
    countsText();
  }

  /** After the hub rule changed: the path view asks again, the others re-filter and re-lay out. */
  async function hubsChanged() {
    save();
    if (state.view === 'path' && pathEnds.from && pathEnds.to) {
      await controller.findPath({ history: false });
      return;
    }
    applyFilter();
    await whileBusy(() => graph.layout({ randomize: false }));
    countsText();
  }

  /** @type {Actions} */
  const actions = {
    openEntity: (id) => controller.openEntity(id),
    openEdge: (id, opts) => controller.openEdge(id, opts),
    openDocument: (id, target, opts) => controller.openDocument(id, target, opts),
    focus: (id) => controller.focus(id),
    toggleExpand: (id) => controller.toggleExpand(id),
    togglePin: (id) => controller.togglePin(id),
    isExpanded: (id) => graph.isExpanded(id),
    isPinned: (id) => graph.isPinned(id),
    isDrawn: (id) => graph.has(id),
    neighbours: (id) => graph.neighbours(id),
    setPathEnd: (which, node) => controller.setPathEnd(which, node),
    showCountry: (code, options) => controller.showCountry(code, options),
    openAgreement: (id, opts) => controller.openAgreement(id, opts),
    hideNode: (id) => controller.hideHub(id),
    isHidden: (id) => (state.hide ?? []).includes(id),
  };

  const lists = createListViews({ state, tableView, empty, say, save, actions });

  /** @param {View} view */
  function markView(view) {
    // A table view's table leaves with its view (the Cypher table stays until the next drawing).
    if (TABLE_VIEWS.includes(state.view) && view !== state.view) {
      tableView.hidden = true;
      empty.hidden = graph.counts().nodes > 0;
    }
    state.view = view;
    for (const button of document.querySelectorAll('[data-view]')) button.setAttribute('aria-pressed', String(button.getAttribute('data-view') === view));
    for (const section of document.querySelectorAll('[data-view-panel]')) {
      if (section instanceof HTMLElement) section.hidden = section.dataset.viewPanel !== view;
    }
    if (view === 'cypher') {
      const can = Boolean(stats?.capabilities?.cypher);
      $('#cypher-note').textContent = can
        ? 'Read-only Cypher against Neo4j. Ctrl+Enter runs the query.'
        : `The server runs the ${stats?.backend ?? 'embedded'} store, which has no Cypher. Start it on Neo4j to use the console.`;
      $as(HTMLButtonElement, '#cypher-run').disabled = !can;
      $as(HTMLTextAreaElement, '#cypher-input').disabled = !can;
    }
  }

  const controller = {
    /**
     * Applies a whole state (page load, back/forward).
     * @param {ViewState} next
     */
    async restore(next) {
      const wanted = { ...next };
      for (const key of /** @type {(keyof ViewState)[]} */ (Object.keys(state))) delete state[key];
      Object.assign(state, wanted);
      markView(state.view);
      // Opening the view's entity or country clears these from the state: read them first.
      const { agreement } = state;
      const textQuery = textQueryOf(state);
      await whileBusy(async () => {
        if (state.view === 'meetings') {
          lists.fillForm('meetings');
          await lists.showMeetings({ history: false });
        } else if (state.view === 'posts') {
          lists.fillForm('posts');
          await lists.showPosts({ history: false });
        } else if (state.view === 'partners') await lists.showPartners({ history: false });
        else if (state.view === 'country' && state.country) await this.showCountry(state.country, { history: false });
        else if (state.view === 'path' && state.pathFrom && state.pathTo) {
          pathEnds.from = { id: state.pathFrom };
          pathEnds.to = { id: state.pathTo };
          await this.findPath({ history: false });
        } else if (state.entity ?? agreement) await this.openEntity(state.entity ?? agreement ?? '', { history: false });
        // Over the country view, the lifecycle opens above the country's panel (Back returns to it).
        if (agreement && state.view === 'country') await this.openAgreement(agreement, { history: false, push: true });
        if (state.edge) await this.openEdge(state.edge, { push: state.view !== 'explore' && panel.isOpen });
        // The search's hits take the panel over whatever view the link draws.
        else if (textQuery) await this.searchTexts(textQuery, { history: false });
      });
      if (!state.entity && !state.country && !state.pathFrom && !TABLE_VIEWS.includes(state.view)) say(stats ? `${stats.nodes} nodes, ${stats.edges} edges in the ${stats.backend} store` : 'The server did not answer /api/stats.');
    },

    /** @param {View} view */
    setView(view) {
      markView(view);
      save();
      if (view === 'meetings') void this.showMeetings();
      else if (view === 'posts') void this.showPosts();
      else if (view === 'partners') void whileBusy(() => lists.showPartners());
      else if (view === 'explore' && state.entity && !graph.has(state.entity)) this.openEntity(state.entity);
    },

    /**
     * Draws an entity's neighbourhood and opens its panel.
     * @param {string} id
     * @param {{ history?: boolean, focusGraph?: boolean }} [options] `history`: a new browser history entry
     */
    async openEntity(id, { history = true, focusGraph = false } = {}) {
      markView('explore');
      state.entity = id;
      setTextQuery(state, undefined);
      state.edge = undefined;
      state.agreement = isAgreement(id) ? id : undefined;
      if (history) save(true);
      // Open the panel first so the layout fits the canvas that remains beside it.
      panel.loading('Entity');
      await whileBusy(async () => {
        try {
          const result = await api.neighbourhood(id, { limit: Number(state.limit) || NEIGHBOURHOOD_LIMIT });
          await draw(result.elements, [id]);
          graph.select(id);
          countsText(result.truncated ? 'Showing the first neighbours only · ' : '');
        } catch (error) {
          report(error);
        }
        await (isAgreement(id) ? openAgreementPanel(panel, id, actions) : openEntityPanel(panel, id, actions));
      });
      if (focusGraph) $('#panel-title').focus();
    },

    /** @param {string} id */
    focus(id) {
      return this.openEntity(id);
    },

    /** @param {string} id */
    nodeTapped(id) {
      return whileBusy(async () => {
        await this.toggleExpand(id);
        return this.openNodePanel(id);
      });
    },

    /**
     * The panel a drawn node opens: an agreement's lifecycle (shared as `?agreement=`), any other
     * entity's details.
     * @param {string} id
     */
    openNodePanel(id) {
      if (isAgreement(id)) return this.openAgreement(id);
      if (state.agreement) {
        state.agreement = undefined;
        save();
      }
      return openEntityPanel(panel, id, actions);
    },

    /**
     * Expands a drawn node by its neighbours (up to the limit), or collapses it again.
     * @param {string} id
     */
    async toggleExpand(id) {
      if (graph.isExpanded(id)) {
        const removed = graph.collapse(id);
        applyFilter();
        countsText(`Collapsed ${graph.data(id)?.name ?? id} (${removed} removed) · `);
        return;
      }
      const limit = Number($as(HTMLInputElement, '#expand-limit').value) || 25;
      await whileBusy(async () => {
        try {
          const result = await api.neighbourhood(id, { limit });
          const added = graph.expand(id, result.elements);
          applyFilter();
          await graph.layout({ randomize: false });
          countsText(`Expanded ${graph.data(id)?.name ?? id}: ${added} added${result.truncated ? ' (limit reached)' : ''} · `);
        } catch (error) {
          report(error);
        }
      });
    },

    /** @param {string} id */
    togglePin(id) {
      const pinned = graph.togglePin(id);
      say(`${graph.data(id)?.name ?? id} ${pinned ? 'pinned' : 'unpinned'}`);
      void this.openNodePanel(id);
    },

    /**
     * @param {string} id
     * @param {OpenOptions} [opts]
     */
    async openEdge(id, opts = {}) {
      state.edge = id;
      setTextQuery(state, undefined);
      save();
      graph.select(id);
      await whileBusy(() => openEdgePanel(panel, id, actions, opts));
    },

    /**
     * @param {string} id
     * @param {{ start: number, end: number } | null} target the passage to scroll to
     * @param {OpenOptions} [opts]
     */
    openDocument(id, target, opts) {
      return whileBusy(() => openDocumentPanel(panel, id, target, opts));
    },

    /**
     * An agreement's lifecycle in the panel, over the current view; `?agreement=` shares it.
     * @param {string} id
     * @param {OpenOptions & { history?: boolean }} [options]
     */
    async openAgreement(id, { history = true, push = false } = {}) {
      state.agreement = id;
      setTextQuery(state, undefined);
      if (history) save();
      await whileBusy(() => openAgreementPanel(panel, id, actions, { push }));
    },

    /**
     * Lists the releases whose title or text holds the words, in the panel; `?q=` (with `qfrom`,
     * `qto`, `qcountry`, `qentity` for the filters) shares the list. New words typed in the
     * sidebar keep the filters of the search on show. A release opened from the hits stacks above
     * them (Back returns to the hits).
     * @param {string | import('./text-query.js').TextQuery} search the words, or words and filters
     * @param {{ history?: boolean }} [options]
     */
    async searchTexts(search, { history = true } = {}) {
      const query = typeof search === 'string' ? { ...textQueryOf(state), q: search.trim() } : search;
      if (!query.q) return;
      setTextQuery(state, query);
      state.edge = undefined;
      if (history) save(true);
      $as(HTMLInputElement, '#text-search-input').value = query.q;
      await whileBusy(() =>
        openTextSearchPanel(panel, query, {
          openDocument: (id) => void this.openDocument(id, null, { push: true }),
          search: (changed) => void this.searchTexts(changed),
        }),
      );
    },

    /** @param {import('./filters.js').FilterValue} filter */
    filterChanged(filter) {
      const typesChanged = String(state.types ?? []) !== String(filter.types);
      Object.assign(state, { labels: filter.labels, types: filter.types, from: filter.from ?? undefined, to: filter.to ?? undefined });
      save();
      // The path view asks the API for paths over the chosen relationship types only.
      if (typesChanged && state.view === 'path' && pathEnds.from && pathEnds.to) return this.findPath({ history: false });
      applyFilter();
      return undefined;
    },

    /**
     * Sets the hub threshold (`undefined` = automatic, '0' = off).
     * @param {string | undefined} threshold
     */
    setHubThreshold(threshold) {
      state.hubs = threshold;
      return hubsChanged();
    },

    /**
     * Shows a hidden hub or node in every view.
     * @param {string} id
     */
    showHub(id) {
      state.hide = withoutId(state.hide, id);
      // Only a node the threshold still hides needs to be named in `?show=`.
      if (hubsAmong(graph.nodeData().filter((n) => n.id === id)).has(id)) state.show = withId(state.show, id);
      return hubsChanged();
    },

    /**
     * Hides a node in every view, by name (it stays hidden whatever its count).
     * @param {string} id
     */
    hideHub(id) {
      state.show = withoutId(state.show, id);
      if (!hubsAmong(graph.nodeData().filter((n) => n.id === id)).has(id)) state.hide = withId(state.hide, id);
      if (roots.includes(id)) say('The ends of the view stay drawn; the node is hidden from the other views.');
      return hubsChanged();
    },

    /**
     * Country view: the country's elements drawn, its timeline in the panel.
     * @param {string} code
     * @param {{ history?: boolean, limit?: number }} [options] `limit`: rows of each list (the API's page, 10 by default)
     */
    async showCountry(code, { history = true, limit } = {}) {
      markView('country');
      const country = code.toUpperCase();
      state.country = country;
      setTextQuery(state, undefined);
      state.agreement = undefined;
      if (history) save(true);
      panel.loading('Country');
      await whileBusy(async () => {
        try {
          // The lists, their drawing and the activity chart in parallel; the chart is extra: a failure there leaves the rest of the view.
          const [profile, drawing, activity] = await Promise.all([api.country(country, { limit }), api.countryGraph(country, { limit }), api.countryActivity(country).catch(() => null)]);
          $as(HTMLInputElement, '#country-input').value = profile.country.name;
          await draw(drawing.elements, [drawing.center]);
          openCountryPanel(panel, profile, actions, activity);
        } catch (error) {
          report(error);
          panel.open({ title: 'Country', content: errorBox(asError(error)) });
        }
      });
    },

    /**
     * @param {'from' | 'to'} which
     * @param {PathEnd} node
     */
    setPathEnd(which, node) {
      pathEnds[which] = node;
      state[which === 'from' ? 'pathFrom' : 'pathTo'] = node.id;
      $as(HTMLInputElement, which === 'from' ? '#path-from' : '#path-to').value = node.name ?? node.id;
      markView('path');
      save();
      if (pathEnds.from && pathEnds.to) return this.findPath();
      $(which === 'from' ? '#path-to' : '#path-from').focus();
      return undefined;
    },

    /**
     * Draws the shortest connections between the two chosen entities, the first highlighted.
     * @param {{ history?: boolean }} [options]
     */
    async findPath({ history = true } = {}) {
      const { from, to } = pathEnds;
      if (!from || !to) {
        say('Choose both ends of the path first.');
        return;
      }
      markView('path');
      setTextQuery(state, undefined);
      if (history) save(true);
      panel.loading('Path');
      await whileBusy(async () => {
        try {
          const rule = hubRule(state, documents);
          const types = state.types?.length ? state.types : undefined;
          const hiding = rule.threshold > 0 || rule.hide.length > 0;
          const asked = await api.path(from.id, to.id, {
            maxDepth: Number($as(HTMLInputElement, '#path-depth').value) || 4,
            types,
            limit: hiding ? PATHS_ASKED_WITH_HUBS : PATHS_SHOWN,
          });
          $as(HTMLInputElement, '#path-from').value = asked.from.name;
          $as(HTMLInputElement, '#path-to').value = asked.to.name;
          // Paths through a hidden hub are dropped (the API has no parameter to avoid nodes): the
          // drawing keeps the nodes and edges of the paths that remain.
          roots = [asked.from.id, asked.to.id];
          const hubs = hubsAmong(asked.elements.nodes.map((n) => n.data));
          const paths = pathsAvoiding(asked.paths, hubs).slice(0, PATHS_SHOWN);
          const keep = new Set([...roots, ...paths.flatMap((p) => [...p.nodes.map((n) => n.id), ...p.hops.map((hop) => hop.edgeId)])]);
          const through = [...hubs].filter((id) => asked.paths.some((p) => p.nodes.some((n) => n.id === id)));
          const elements = {
            nodes: asked.elements.nodes.filter((n) => keep.has(n.data.id) || through.includes(n.data.id)),
            edges: asked.elements.edges.filter((e) => keep.has(e.data.id)),
          };
          const result = { ...asked, paths, elements };
          await draw(elements, roots);
          /** @param {import('./panels/path.js').Path} path */
          const highlight = (path) => graph.highlight([...path.nodes.map((n) => n.id), ...path.hops.map((hop) => hop.edgeId)]);
          const first = paths[0];
          if (first) highlight(first);
          openPathPanel(panel, result, actions, highlight);
          const dropped = asked.paths.length - pathsAvoiding(asked.paths, hubs).length;
          const hubNote = dropped > 0 ? ` · ${dropped} path(s) through hidden hubs left out` : '';
          const typeNote = types ? ` over ${types.join(', ')}` : '';
          say(first ? `${paths.length} path(s) of ${first.hops.length} hop(s)${typeNote}${hubNote}` : asked.paths.length ? `Every path found passes through a hidden hub: show one under Hubs${typeNote}` : `No path found${typeNote}`);
        } catch (error) {
          report(error);
          panel.open({ title: 'Path', content: errorBox(asError(error)) });
        }
      });
    },

    /**
     * The meetings table from the meetings form; `person` is the Person id picked there, if any.
     * @param {{ person?: string }} [pick]
     */
    showMeetings(pick = {}) {
      markView('meetings');
      if (pick.person) state.person = pick.person;
      lists.readForm('meetings');
      return whileBusy(() => lists.showMeetings());
    },

    /** The posts table from the posts form. */
    showPosts() {
      markView('posts');
      lists.readForm('posts');
      return whileBusy(() => lists.showPosts());
    },

    /** Runs the console's query; draws returned nodes and relationships, or shows the table. */
    async runCypher() {
      const text = $as(HTMLTextAreaElement, '#cypher-input').value.trim();
      if (!text) return;
      const asTable = document.querySelector('input[name="cypher-as"]:checked')?.getAttribute('value') === 'table';
      await whileBusy(async () => {
        try {
          const result = await api.cypher(text);
          const drawable = result.elements.nodes.length > 0;
          if (asTable || !drawable) {
            tableView.hidden = false;
            empty.hidden = true;
            replace(tableView, cypherTable(result));
          } else {
            await draw(result.elements, []);
          }
          say(`${result.rows.length} row(s)${result.truncated ? ' (truncated)' : ''}`);
        } catch (error) {
          report(error);
        }
      });
    },

    async exportPng() {
      download(await graph.png(), exportName(state, 'png'));
    },

    exportJson() {
      download(viewJson({ ...state }, graph.elementsJson()), exportName(state, 'json'));
    },

    async copyLink() {
      try {
        await navigator.clipboard.writeText(location.href);
        say('Link to this view copied');
      } catch {
        say(`Link: ${location.href}`);
      }
    },
  };
  return controller;
}

/** @typedef {ReturnType<typeof createController>} Controller */
