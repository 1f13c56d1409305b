// @ts-check
/** A Cypher result as a table: one column per returned name, values shown as text. */
import { cellText } from './cypher-cell.js';
import { h } from './dom.js';

/**
 * Builds the table element for a CypherResponse.
 * @param {import('../../src/query/types.js').CypherResponse} result
 */
export function cypherTable(result) {
  return h(
    'table',
    { class: 'result-table' },
    h('thead', {}, h('tr', {}, result.columns.map((c) => h('th', { scope: 'col', text: c })))),
    h('tbody', {}, result.rows.map((row) => h('tr', {}, row.map((v) => h('td', { text: cellText(v) }))))),
  );
}
