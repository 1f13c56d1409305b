/** A Cypher result as a table: one column per returned name, values shown as text. */
import { h } from './dom.js';

function cellText(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    // Nodes arrive as { id, labels, properties }: name them as a person would.
    const props = value.properties;
    if (value.labels && props?.name) return `${props.name} (${props.label ?? value.labels.filter((l) => l !== 'Node').join(':')})`;
    if (value.type && value.source && value.target) return `${value.source} -[${value.type}]-> ${value.target}`;
    return JSON.stringify(value);
  }
  return String(value);
}

/** Builds the table element for a CypherResponse. */
export function cypherTable(result) {
  return h(
    'table',
    { class: 'result-table' },
    h('thead', {}, h('tr', {}, result.columns.map((c) => h('th', { scope: 'col', text: c })))),
    h('tbody', {}, result.rows.map((row) => h('tr', {}, row.map((v) => h('td', { text: cellText(v) }))))),
  );
}
