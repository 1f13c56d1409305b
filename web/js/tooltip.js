// @ts-check
/** The hover summary: a node's name, kind and dates, or an edge's type, dates and sentence count. */
import { h, replace } from './dom.js';
import { classInfo, nodeClass } from './graph-style.js';
import { dateSpan, plural, relationName } from './format.js';

/**
 * @typedef {import('./graph-view.js').NodeData} NodeData
 * @typedef {import('./graph-view.js').EdgeData} EdgeData
 */

/**
 * A data value as text, or undefined: element data beyond id, label, name, type and count is
 * untyped in the API (src/query/types.ts `Elements`).
 * @param {unknown} value
 * @returns {string | undefined}
 */
const text = (value) => (typeof value === 'string' && value ? value : undefined);

/**
 * @param {NodeData | EdgeData} d
 * @returns {d is EdgeData}
 */
const isEdge = (d) => typeof d.source === 'string';

/** @param {NodeData} d */
function nodeLines(d) {
  const docCount = typeof d.docCount === 'number' ? d.docCount : 0;
  return [
    h('strong', { text: d.name }),
    h('span', { class: 'muted', text: [classInfo(nodeClass(d.label, d.kind)).name, text(d.kind), text(d.country), text(d.status)].filter(Boolean).join(' · ') }),
    text(d.date) ? h('span', { text: dateSpan(text(d.date), text(d.endDate)) }) : null,
    text(d.firstSeen) ? h('span', { text: `seen ${dateSpan(text(d.firstSeen), text(d.lastSeen))}` }) : null,
    docCount ? h('span', { text: plural(docCount, 'document') }) : null,
  ];
}

/** @param {EdgeData} d */
function edgeLines(d) {
  return [
    h('strong', { text: relationName(d.type) }),
    text(d.title) ? h('span', { text: text(d.title) }) : null,
    text(d.role) ? h('span', { text: text(d.role) }) : null,
    h('span', { text: dateSpan(text(d.firstDate), text(d.lastDate)) }),
    h('span', { class: 'muted', text: `${plural(d.count, 'sentence')} · click for evidence` }),
  ];
}

/**
 * Returns show(data | null, renderedPosition) for the tooltip element.
 * @param {HTMLElement} el
 * @returns {NonNullable<import('./graph-view.js').GraphEvents['hover']>}
 */
export function createTooltip(el) {
  return (data, position) => {
    if (!data || !position) {
      el.hidden = true;
      return;
    }
    replace(el, isEdge(data) ? edgeLines(data) : nodeLines(data));
    el.style.left = `${Math.round(position.x + 14)}px`;
    el.style.top = `${Math.round(position.y + 14)}px`;
    el.hidden = false;
  };
}
