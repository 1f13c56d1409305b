// @ts-check
/**
 * The viewer's composition root: reads the URL state, asks /api/stats, builds the graph view,
 * filters, search and panels, and routes user actions between them. Every request goes through
 * js/api.js; every string from the data reaches the page through js/dom.js as text.
 */
import { api } from './js/api.js';
import { $, $as } from './js/dom.js';
import { createAutocomplete } from './js/autocomplete.js';
import { createFilters } from './js/filters.js';
import { createGraphView } from './js/graph-view.js';
import { createHubControls } from './js/hub-controls.js';
import { renderLegend } from './js/legend.js';
import { createSidePanel } from './js/side-panel.js';
import { createTooltip } from './js/tooltip.js';
import { isView, readState, writeState } from './js/url-state.js';
import { createController } from './js/controller.js';
import { RELATIONSHIP_TYPES as DEFAULT_TYPES } from './js/vocabulary.js';

async function main() {
  const state = readState();
  const stats = await api.stats().catch(() => null);
  const types = stats ? DEFAULT_TYPES.filter((t) => (stats.edgesByType?.[t] ?? 0) > 0) : DEFAULT_TYPES;

  const panel = createSidePanel($('#panel'));
  const tooltip = createTooltip($('#tooltip'));
  // The graph and filters report to the controller, which needs them to exist first: until it
  // does (no event can fire before), `early` is null.
  /** @type {import('./js/controller.js').Controller | null} */
  let early = null;
  const graph = createGraphView($('#cy'), {
    nodeTap: (id) => void early?.nodeTapped(id),
    nodeDoubleTap: (id) => void early?.focus(id),
    edgeTap: (id) => void early?.openEdge(id),
    hover: tooltip,
    backgroundTap: () => graph.clearHighlight(),
  });
  renderLegend($('#legend'));

  const filters = createFilters($('#filters'), {
    types: types.length ? types : DEFAULT_TYPES,
    dateRange: stats?.dateRange,
    initial: state,
    onChange: (filter) => early?.filterChanged(filter),
  });

  const hubControls = createHubControls($('#hubs'), {
    threshold: (value) => void early?.setHubThreshold(value),
    show: (id) => void early?.showHub(id),
    hide: (id) => void early?.hideHub(id),
  });

  const controller = createController({ state, stats, graph, panel, filters, writeState, hubControls });
  early = controller;
  // Tests and the benchmark read the drawing through these.
  window.cy = graph.cy;
  window.viewer = { state, graph, controller };

  createAutocomplete({ input: $as(HTMLInputElement, '#search-input'), list: $('#search-list'), onPick: (hit) => controller.openEntity(hit.id, { focusGraph: true }) });
  createAutocomplete({
    input: $as(HTMLInputElement, '#country-input'),
    list: $('#country-list'),
    labels: ['Country'],
    onPick: (hit) => controller.showCountry(hit.country ?? hit.id.replace(/^country:/, '')),
  });
  createAutocomplete({
    input: $as(HTMLInputElement, '#meetings-person'),
    list: $('#meetings-person-list'),
    labels: ['Person'],
    onPick: (hit) => {
      $as(HTMLInputElement, '#meetings-person').value = hit.name;
      void controller.showMeetings({ person: hit.id });
    },
  });
  createAutocomplete({ input: $as(HTMLInputElement, '#path-from'), list: $('#path-from-list'), onPick: (hit) => controller.setPathEnd('from', hit) });
  createAutocomplete({ input: $as(HTMLInputElement, '#path-to'), list: $('#path-to-list'), onPick: (hit) => controller.setPathEnd('to', hit) });

  // Narrow screens: the controls column folds away behind a toggle, the graph keeps the width.
  const toggle = $('#controls-toggle');
  toggle.addEventListener('click', () => {
    const open = document.body.classList.toggle('controls-open');
    toggle.setAttribute('aria-expanded', String(open));
  });
  const narrow = window.matchMedia('(max-width: 999px)');
  for (const button of document.querySelectorAll('[data-view]')) {
    const view = button.getAttribute('data-view');
    if (!isView(view)) continue;
    button.addEventListener('click', () => {
      controller.setView(view);
      // The view's controls live in the folded column: unfold it where it is folded. The partners
      // chart has its choices above it, so the column would only cover the chart.
      if (view !== 'partners' && narrow.matches && !document.body.classList.contains('controls-open')) toggle.click();
    });
  }
  $('#text-search').addEventListener('submit', (event) => {
    event.preventDefault();
    void controller.searchTexts($as(HTMLInputElement, '#text-search-input').value);
  });
  $('#meetings-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void controller.showMeetings();
  });
  $('#posts-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void controller.showPosts();
  });
  $('#path-find').addEventListener('click', () => controller.findPath());
  $('#cypher-run').addEventListener('click', () => controller.runCypher());
  $('#cypher-input').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) controller.runCypher();
  });
  $('#export-png').addEventListener('click', () => controller.exportPng());
  $('#export-json').addEventListener('click', () => controller.exportJson());
  $('#copy-link').addEventListener('click', () => controller.copyLink());
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof Element && event.target.closest('input, textarea, select');
    if (event.key === 'Escape' && panel.isOpen) {
      panel.hide();
    } else if (event.key === '/' && !typing) {
      event.preventDefault();
      $('#search-input').focus();
    }
  });
  window.addEventListener('popstate', () => controller.restore(readState()));

  await controller.restore(state);
}

main().catch((error) => {
  document.body.dataset.busy = 'false';
  const status = document.querySelector('#status');
  if (status) status.textContent = `The viewer failed to start: ${error.message}`;
  throw error;
});
