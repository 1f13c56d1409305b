// @ts-check
/** How one value of a Cypher result reads in a table cell. Pure: no DOM. */

/**
 * Text for a value returned by the console's query: nodes (`{ id, labels, properties }`) by name
 * and label, relationships (`{ type, source, target }`) as `source -[TYPE]-> target`, other
 * objects as JSON, null as an empty cell.
 * @param {unknown} value
 * @returns {string}
 */
export function cellText(value) {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const { labels, properties, type, source, target } = /** @type {Record<string, unknown>} */ (value);
  const props = /** @type {Record<string, unknown> | undefined} */ (properties && typeof properties === 'object' ? properties : undefined);
  if (Array.isArray(labels) && props?.name) {
    const label = props.label ?? labels.filter((l) => l !== 'Node').join(':');
    return `${String(props.name)} (${String(label)})`;
  }
  if (type && source && target) return `${String(source)} -[${String(type)}]-> ${String(target)}`;
  return JSON.stringify(value);
}
