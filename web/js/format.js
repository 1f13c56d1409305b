/** Small formatting helpers shared by the panels. */
import { h } from './dom.js';
import { classInfo, nodeClass } from './graph-style.js';

/** `2025-03-04 – 2025-05-01`, a single date, or `undated`. */
export function dateSpan(first, last) {
  if (!first && !last) return 'undated';
  if (!last || first === last) return first ?? last;
  if (!first) return last;
  return `${first} – ${last}`;
}

/** `MET` → `met`, `HOLDS_POSITION` → `holds position`. */
export function relationName(type) {
  return String(type).toLowerCase().replaceAll('_', ' ');
}

/** A coloured swatch and the kind of a node, e.g. ◆ Country. */
export function kindBadge(node) {
  const info = classInfo(nodeClass(node.label, node.kind));
  return h('span', { class: 'badge' }, h('span', { class: `swatch ${info.cls}`, 'aria-hidden': 'true' }), info.name);
}

/** A button naming a node; activating it calls `onOpen(node.id)`. */
export function nodeButton(node, onOpen) {
  const info = classInfo(nodeClass(node.label, node.kind));
  return h(
    'button',
    { type: 'button', class: 'link node-link', title: `${info.name}: ${node.name}`, on: { click: () => onOpen(node.id) } },
    h('span', { class: `swatch ${info.cls}`, 'aria-hidden': 'true' }),
    node.name,
  );
}

/** A `<dl>` of label → value pairs, skipping empty values. */
export function facts(pairs) {
  const dl = h('dl', { class: 'facts' });
  for (const [term, value] of pairs) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    dl.append(h('dt', { text: term }), h('dd', { text: Array.isArray(value) ? value.join(', ') : String(value) }));
  }
  return dl;
}

/** An error shown in a panel or the status line. */
export function errorBox(error) {
  return h('p', { class: 'error', role: 'alert', text: `${error.code ? `${error.code}: ` : ''}${error.message}` });
}
