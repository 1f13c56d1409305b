// @ts-check
/** The entity panel: names, facts, positions held, counterparts met, drawn neighbours, documents, and actions. */
import { api, asError } from '../api.js';
import { h } from '../dom.js';
import { dateSpan, relationName } from '../format.js';
import { errorBox, facts, kindBadge, nodeButton } from '../widgets.js';
import { actionsBar } from './actions-bar.js';
import { counterpartsSection, fetchCounterparts } from './counterparts.js';

/** @typedef {import('../controller.js').Actions} Actions */
/** @typedef {import('../api.js').EntityDetail} EntityDetail */

/**
 * @param {string} id
 * @param {Actions} actions
 */
function neighboursList(id, actions) {
  const rows = actions.neighbours(id);
  if (rows.length === 0) return null;
  return h(
    'section',
    {},
    h('h3', { text: `In the drawing (${rows.length})` }),
    h(
      'ul',
      { class: 'plain neighbours' },
      rows.map(({ edge, node }) =>
        h(
          'li',
          {},
          h('button', { type: 'button', class: 'link rel', text: relationName(edge.type), title: 'Show the evidence', on: { click: () => actions.openEdge(edge.id) } }),
          ' ',
          nodeButton(node, actions.openEntity),
        ),
      ),
    ),
  );
}

/**
 * The documents naming the entity: the answer's first page, and a button that fetches the next
 * one while some are left (a country is named by thousands).
 * @param {string} id
 * @param {EntityDetail} entity
 * @param {Actions} actions
 */
function documentsSection(id, entity, actions) {
  if (entity.documentTotal === 0) return null;
  /** @param {EntityDetail['documents'][number]} d */
  const item = (d) =>
    h('li', {}, h('button', { type: 'button', class: 'link', text: d.title, on: { click: () => actions.openDocument(d.id, null, { push: true }) } }), h('span', { class: 'muted', text: ` ${d.date ?? 'undated'}` }));
  const items = h('ul', { class: 'plain docs' }, entity.documents.map(item));
  let shown = entity.documents.length;
  const more = h('button', {
    type: 'button',
    class: 'link show-more',
    text: 'Show more documents',
    on: {
      click: async () => {
        const next = await api.entity(id, { documentOffset: shown }).catch(() => null);
        if (!next) return;
        for (const d of next.documents) items.append(item(d));
        shown += next.documents.length;
        if (shown >= next.documentTotal || next.documents.length === 0) more.remove();
      },
    },
  });
  return h('section', {}, h('h3', { text: `Documents (${entity.documentTotal})` }), items, shown < entity.documentTotal ? more : null);
}

/**
 * Fetches and shows one entity in the side panel.
 * @param {import('../side-panel.js').SidePanel} panel
 * @param {string} id
 * @param {Actions} actions
 * @param {import('../side-panel.js').OpenOptions} [opts]
 */
export async function openEntityPanel(panel, id, actions, opts) {
  panel.loading('Entity', opts);
  let entity;
  let counterparts;
  try {
    [entity, counterparts] = await Promise.all([api.entity(id), fetchCounterparts(id)]);
  } catch (error) {
    panel.open({ title: 'Entity', content: errorBox(asError(error)) }, opts);
    return;
  }
  const a = entity.attributes;
  /** @param {string} key */
  const text = (key) => (typeof a[key] === 'string' ? /** @type {string} */ (a[key]) : undefined);
  const content = h(
    'div',
    { class: 'entity' },
    h('h3', { class: 'entity-name', text: entity.name }),
    kindBadge({ label: entity.label, kind: a.kind }),
    facts([
      ['Also known as', entity.aliases],
      ['Kind', a.kind],
      ['Country', a.country],
      ['Status', a.status],
      ['Parties', a.parties],
      ['Date', text('date') || text('endDate') ? dateSpan(text('date'), text('endDate')) : null],
      ['Location', a.location],
      ['Seen', text('firstSeen') || text('lastSeen') ? dateSpan(text('firstSeen'), text('lastSeen')) : null],
      ['Relations', Object.entries(entity.relationCounts).map(([t, n]) => `${relationName(t)} ${n}`)],
    ]),
    actionsBar(id, entity.label, { name: entity.name, country: text('country') }, actions),
    entity.positions.length
      ? h(
          'section',
          {},
          h('h3', { text: 'Positions' }),
          h(
            'ul',
            { class: 'plain' },
            entity.positions.map((p) =>
              h(
                'li',
                {},
                h('button', { type: 'button', class: 'link', text: p.title ?? 'Position', on: { click: () => actions.openEdge(p.edgeId) } }),
                ' at ',
                nodeButton(p.organization, actions.openEntity),
                h('span', { class: 'muted', text: ` (${dateSpan(p.firstSeen, p.lastSeen)})` }),
              ),
            ),
          ),
        )
      : null,
    counterpartsSection(counterparts, actions.openEntity),
    neighboursList(id, actions),
    documentsSection(id, entity, actions),
  );
  panel.open({ title: entity.label, content }, opts);
}
