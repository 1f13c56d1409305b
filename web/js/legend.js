// @ts-check
/**
 * The legend below the graph (never over it): a collapsible `<details>`, one swatch per node
 * class in the colours and shapes drawn. Open on wide screens, closed on narrow ones.
 */
import { h, replace } from './dom.js';
import { NODE_CLASSES } from './graph-style.js';

/** Narrower than this (CSS pixels), the legend starts closed. */
export const LEGEND_OPEN_FROM = 1000;

/**
 * @param {HTMLElement} root a `<details>` element
 * @param {{ open?: boolean }} [options]
 */
export function renderLegend(root, { open = window.innerWidth >= LEGEND_OPEN_FROM } = {}) {
  replace(
    root,
    h('summary', { class: 'legend-title', text: 'Legend' }),
    h(
      'ul',
      { class: 'plain' },
      NODE_CLASSES.map(({ cls, name }) => h('li', {}, h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' }), name)),
      h('li', {}, h('span', { class: 'line met', 'aria-hidden': 'true' }), 'met'),
      h('li', {}, h('span', { class: 'line', 'aria-hidden': 'true' }), 'other relation'),
    ),
  );
  if (root instanceof HTMLDetailsElement) root.open = open;
}
