// @ts-check
/** The line above a list table: what is shown of how many, previous/next page, and the CSV of that page. */
import { h } from '../dom.js';

/**
 * @param {object} options
 * @param {string} options.noun plural noun of the rows (`occasions`)
 * @param {{ offset: number, limit: number }} options.page the page shown
 * @param {number} options.shown rows on it
 * @param {number} options.total rows that match in all
 * @param {string} options.csv address of the same page as CSV
 * @param {(offset: number) => void} options.go asks for the page starting at `offset`
 */
export function pager({ noun, page, shown, total, csv, go }) {
  const first = shown ? page.offset + 1 : 0;
  const last = page.offset + shown;
  return h(
    'div',
    { class: 'table-head' },
    h('span', { class: 'table-count', text: shown ? `${first}–${last} of ${total} ${noun}` : `No ${noun} match` }),
    h('button', { type: 'button', class: 'link table-prev', disabled: page.offset === 0, text: '← previous', on: { click: () => go(Math.max(0, page.offset - page.limit)) } }),
    h('button', { type: 'button', class: 'link table-next', disabled: last >= total, text: 'next →', on: { click: () => go(page.offset + page.limit) } }),
    h('a', { class: 'table-csv', href: csv, download: `${noun}.csv`, text: 'CSV of this page' }),
  );
}
