// @ts-check
/** Small pieces of DOM shared by the panels: kind badges, node links, fact lists, error boxes. */
import { h } from './dom.js';
import { errorText } from './format.js';
import { classInfo, nodeClass } from './graph-style.js';

/**
 * What a node link needs: the API's NodeSummary, or any node with an id, a name and a label.
 * @typedef {{ id: string, name: string, label?: string, kind?: unknown }} NodeRef
 */

/**
 * A coloured swatch and the kind of a node, e.g. ◆ Country.
 * @param {{ label: string, kind?: unknown }} node
 */
export function kindBadge(node) {
  const info = classInfo(nodeClass(node.label, node.kind));
  return h('span', { class: 'badge' }, h('span', { class: `swatch ${info.cls}`, 'aria-hidden': 'true' }), info.name);
}

/**
 * A button naming a node; activating it calls `onOpen(node.id)`.
 * @param {NodeRef} node
 * @param {(id: string) => unknown} onOpen
 */
export function nodeButton(node, onOpen) {
  const info = classInfo(nodeClass(node.label, node.kind));
  return h(
    'button',
    { type: 'button', class: 'link node-link', title: `${info.name}: ${node.name}`, on: { click: () => onOpen(node.id) } },
    h('span', { class: `swatch ${info.cls}`, 'aria-hidden': 'true' }),
    node.name,
  );
}

/**
 * A `<dl>` of label → value pairs, skipping empty values.
 * @param {ReadonlyArray<readonly [string, unknown]>} pairs
 */
export function facts(pairs) {
  const dl = h('dl', { class: 'facts' });
  for (const [term, value] of pairs) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    dl.append(h('dt', { text: term }), h('dd', { text: Array.isArray(value) ? value.join(', ') : String(value) }));
  }
  return dl;
}

/**
 * An error shown in a panel or the status line.
 * @param {{ code?: string, message: string }} error
 */
export function errorBox(error) {
  return h('p', { class: 'error', role: 'alert', text: errorText(error) });
}
