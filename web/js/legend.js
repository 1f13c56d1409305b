// @ts-check
/** The legend over the graph: one swatch per node class, in the colours and shapes drawn. */
import { h, replace } from './dom.js';
import { NODE_CLASSES } from './graph-style.js';

/** @param {HTMLElement} root */
export function renderLegend(root) {
  replace(
    root,
    h('h2', { class: 'legend-title', text: 'Legend' }),
    h(
      'ul',
      { class: 'plain' },
      NODE_CLASSES.map(({ cls, name }) => h('li', {}, h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' }), name)),
      h('li', {}, h('span', { class: 'line met', 'aria-hidden': 'true' }), 'met'),
      h('li', {}, h('span', { class: 'line', 'aria-hidden': 'true' }), 'other relation'),
    ),
  );
}
