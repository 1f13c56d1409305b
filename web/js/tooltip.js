/** The hover summary: a node's name, kind and dates, or an edge's type, dates and sentence count. */
import { h, replace } from './dom.js';
import { classInfo, nodeClass } from './graph-style.js';
import { dateSpan, relationName } from './format.js';

function nodeLines(d) {
  return [
    h('strong', { text: d.name }),
    h('span', { class: 'muted', text: [classInfo(nodeClass(d.label, d.kind)).name, d.kind, d.country, d.status].filter(Boolean).join(' · ') }),
    d.date ? h('span', { text: dateSpan(d.date, d.endDate) }) : null,
    d.firstSeen ? h('span', { text: `seen ${dateSpan(d.firstSeen, d.lastSeen)}` }) : null,
    d.docCount ? h('span', { text: `${d.docCount} document${d.docCount === 1 ? '' : 's'}` }) : null,
  ];
}

function edgeLines(d) {
  return [
    h('strong', { text: relationName(d.type) }),
    d.title ? h('span', { text: d.title }) : null,
    d.role ? h('span', { text: d.role }) : null,
    h('span', { text: dateSpan(d.firstDate, d.lastDate) }),
    h('span', { class: 'muted', text: `${d.count} sentence${d.count === 1 ? '' : 's'} · click for evidence` }),
  ];
}

/** Returns show(data | null, renderedPosition) for the tooltip element. */
export function createTooltip(el) {
  return (data, position) => {
    if (!data) {
      el.hidden = true;
      return;
    }
    replace(el, data.source ? edgeLines(data) : nodeLines(data));
    el.style.left = `${Math.round(position.x + 14)}px`;
    el.style.top = `${Math.round(position.y + 14)}px`;
    el.hidden = false;
  };
}
