/**
 * What the user's actions do: which request to make, what to draw, which panel to open and what
 * to write into the URL. The four views (explore, country, path, cypher) share one graph.
 */
import { api } from './api.js';
import { $, replace } from './dom.js';
import { whileBusy } from './busy.js';
import { download, exportName, viewJson } from './exporter.js';
import { errorBox } from './format.js';
import { openEntityPanel } from './panels/entity.js';
import { openEdgePanel } from './panels/edge.js';
import { openDocumentPanel } from './panels/document.js';
import { openPathPanel } from './panels/path.js';
import { openCountryPanel } from './panels/country.js';
import { cypherTable } from './cypher-table.js';

/** Neighbours drawn when an entity opens; `?limit=` in the URL overrides it (up to the API's 2000). */
const NEIGHBOURHOOD_LIMIT = 150;

export function createController({ state, stats, graph, panel, filters, writeState }) {
  const status = $('#status');
  const empty = $('#empty');
  const tableView = $('#table-view');
  const pathEnds = { from: null, to: null };

  function say(text) {
    status.textContent = text;
  }

  function report(error) {
    say(`${error.code ? `${error.code}: ` : ''}${error.message}`);
  }

  function countsText(prefix = '') {
    const { nodes, edges } = graph.counts();
    say(`${prefix}${nodes} nodes · ${edges} edges shown`);
  }

  function applyFilter() {
    graph.applyFilter(filters.read());
    countsText();
  }

  function save(push = false) {
    writeState(state, { push });
  }

  function showGraph(visible) {
    empty.hidden = visible;
    tableView.hidden = true;
  }

  async function draw(elements, roots) {
    showGraph(elements.nodes.length > 0);
    await graph.show(elements, roots, filters.read());
    countsText();
  }

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
    showCountry: (code) => controller.showCountry(code),
  };

  function markView(view) {
    state.view = view;
    for (const button of document.querySelectorAll('[data-view]')) button.setAttribute('aria-pressed', String(button.dataset.view === view));
    for (const section of document.querySelectorAll('[data-view-panel]')) section.hidden = section.dataset.viewPanel !== view;
    if (view === 'cypher') {
      const can = Boolean(stats?.capabilities?.cypher);
      $('#cypher-note').textContent = can
        ? 'Read-only Cypher against Neo4j. Ctrl+Enter runs the query.'
        : `The server runs the ${stats?.backend ?? 'embedded'} store, which has no Cypher. Start it on Neo4j to use the console.`;
      $('#cypher-run').disabled = !can;
      $('#cypher-input').disabled = !can;
    }
  }

  const controller = {
    /** Applies a whole state (page load, back/forward). */
    async restore(next) {
      const wanted = { ...next };
      for (const key of Object.keys(state)) delete state[key];
      Object.assign(state, wanted);
      markView(state.view);
      await whileBusy(async () => {
        if (state.view === 'country' && state.country) await this.showCountry(state.country, { history: false });
        else if (state.view === 'path' && state.pathFrom && state.pathTo) {
          pathEnds.from = { id: state.pathFrom };
          pathEnds.to = { id: state.pathTo };
          await this.findPath({ history: false });
        } else if (state.entity) await this.openEntity(state.entity, { history: false });
        if (state.edge) await this.openEdge(state.edge, { push: state.view !== 'explore' && panel.isOpen });
      });
      if (!state.entity && !state.country && !state.pathFrom) say(stats ? `${stats.nodes} nodes, ${stats.edges} edges in the ${stats.backend} store` : 'The server did not answer /api/stats.');
    },

    setView(view) {
      markView(view);
      save();
      if (view === 'explore' && state.entity && !graph.has(state.entity)) this.openEntity(state.entity);
    },

    /** Draws an entity's neighbourhood and opens its panel. */
    async openEntity(id, { history = true, focusGraph = false } = {}) {
      markView('explore');
      state.entity = id;
      state.edge = undefined;
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
        await openEntityPanel(panel, id, actions);
      });
      if (focusGraph) $('#panel-title').focus();
    },

    focus(id) {
      return this.openEntity(id);
    },

    nodeTapped(id) {
      return whileBusy(async () => {
        await this.toggleExpand(id);
        await openEntityPanel(panel, id, actions);
      });
    },

    /** Expands a drawn node by its neighbours (up to the limit), or collapses it again. */
    async toggleExpand(id) {
      if (graph.isExpanded(id)) {
        const removed = graph.collapse(id);
        applyFilter();
        countsText(`Collapsed ${graph.data(id)?.name ?? id} (${removed} removed) · `);
        return;
      }
      const limit = Number($('#expand-limit').value) || 25;
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

    togglePin(id) {
      const pinned = graph.togglePin(id);
      say(`${graph.data(id)?.name ?? id} ${pinned ? 'pinned' : 'unpinned'}`);
      openEntityPanel(panel, id, actions);
    },

    async openEdge(id, opts = {}) {
      state.edge = id;
      save();
      graph.select(id);
      await whileBusy(() => openEdgePanel(panel, id, actions, opts));
    },

    openDocument(id, target, opts) {
      return whileBusy(() => openDocumentPanel(panel, id, target, opts));
    },

    filterChanged(filter) {
      Object.assign(state, { labels: filter.labels, types: filter.types, from: filter.from ?? undefined, to: filter.to ?? undefined });
      save();
      applyFilter();
    },

    /** Country view: the country's elements drawn, its timeline in the panel. */
    async showCountry(code, { history = true } = {}) {
      markView('country');
      state.country = code.toUpperCase();
      if (history) save(true);
      panel.loading('Country');
      await whileBusy(async () => {
        try {
          const profile = await api.country(state.country);
          $('#country-input').value = profile.country.name;
          await draw(profile.elements, [profile.country.id]);
          openCountryPanel(panel, profile, actions);
        } catch (error) {
          report(error);
          panel.open({ title: 'Country', content: errorBox(error) });
        }
      });
    },

    setPathEnd(which, node) {
      pathEnds[which] = node;
      state[which === 'from' ? 'pathFrom' : 'pathTo'] = node.id;
      $(which === 'from' ? '#path-from' : '#path-to').value = node.name ?? node.id;
      markView('path');
      save();
      if (pathEnds.from && pathEnds.to) return this.findPath();
      $(which === 'from' ? '#path-to' : '#path-from').focus();
      return undefined;
    },

    /** Draws the shortest connections between the two chosen entities, the first highlighted. */
    async findPath({ history = true } = {}) {
      if (!pathEnds.from || !pathEnds.to) {
        say('Choose both ends of the path first.');
        return;
      }
      markView('path');
      if (history) save(true);
      panel.loading('Path');
      await whileBusy(async () => {
        try {
          const result = await api.path(pathEnds.from.id, pathEnds.to.id, { maxDepth: Number($('#path-depth').value) || 4 });
          $('#path-from').value = result.from.name;
          $('#path-to').value = result.to.name;
          await draw(result.elements, [result.from.id, result.to.id]);
          const highlight = (path) => graph.highlight([...path.nodes.map((n) => n.id), ...path.hops.map((h) => h.edgeId)]);
          if (result.paths[0]) highlight(result.paths[0]);
          openPathPanel(panel, result, actions, highlight);
          say(result.paths.length ? `${result.paths.length} path(s) of ${result.paths[0].hops.length} hop(s)` : 'No path found');
        } catch (error) {
          report(error);
          panel.open({ title: 'Path', content: errorBox(error) });
        }
      });
    },

    /** Runs the console's query; draws returned nodes and relationships, or shows the table. */
    async runCypher() {
      const text = $('#cypher-input').value.trim();
      if (!text) return;
      const asTable = document.querySelector('input[name="cypher-as"]:checked')?.value === 'table';
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
