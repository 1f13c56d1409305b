// @ts-check
/**
 * "All meetings with Chinese officials this year, as a table I can paste into a report": one row per
 * occasion (a pair of people on one day) from /api/occasions, with the columns of its CSV.
 */
import { h } from '../dom.js';
import { pager } from './pager.js';

/**
 * @typedef {import('../../../src/query/types.js').OccasionList} OccasionList
 * @typedef {OccasionList['occasions'][number]} Occasion
 */

/**
 * @param {Occasion['a']} person
 * @param {(id: string) => void} openEntity
 */
function participant(person, openEntity) {
  return [
    h('td', {}, h('button', { type: 'button', class: 'link', text: person.name, dataset: { id: person.id }, on: { click: () => openEntity(person.id) } })),
    h('td', { class: 'code', text: person.country ?? '' }),
  ];
}

/**
 * The meetings table with its pager.
 * @param {object} options
 * @param {OccasionList} options.list
 * @param {string} options.csv
 * @param {(offset: number) => void} options.go
 * @param {(id: string) => void} options.openEntity
 * @param {(docId: string) => void} options.openDocument
 */
export function meetingsTable({ list, csv, go, openEntity, openDocument }) {
  const rows = list.occasions.map((o) =>
    h(
      'tr',
      { dataset: { edge: o.edgeId } },
      h('td', { class: 'date', text: o.date ?? '—' }),
      participant(o.a, openEntity),
      participant(o.b, openEntity),
      h('td', { text: o.event ?? '' }),
      h('td', { text: [o.place, o.placeCountry].filter(Boolean).join(', ') }),
      h('td', { class: 'evidence', title: o.evidence[0]?.sentence ?? '' }, h('span', { class: 'clamp', text: o.evidence[0]?.sentence ?? '' })),
      h('td', {}, o.docIds.map((id) => h('button', { type: 'button', class: 'link doc', text: 'release', title: id, on: { click: () => openDocument(id) } }))),
    ),
  );
  return h(
    'div',
    { class: 'list-table meetings-table' },
    pager({ noun: 'occasions', page: list.page, shown: list.occasions.length, total: list.total, csv, go }),
    h(
      'table',
      { class: 'result-table' },
      h('thead', {}, h('tr', {}, ['Date', 'Person', 'Country', 'Counterpart', 'Country', 'Event', 'Place', 'Evidence', 'Source'].map((c) => h('th', { scope: 'col', text: c })))),
      h('tbody', {}, rows),
    ),
  );
}
