// @ts-check
/**
 * What the filters keep, as plain functions over element data: graph-view.js applies them to the
 * drawing and filters.js reads the time slider through them. Dates are ISO `YYYY-MM-DD` strings,
 * which compare correctly as text.
 */

/**
 * `labels`/`types`: the node labels and relationship types kept, empty = all; `from`/`to`: the
 * ISO date range, null or absent = unbounded.
 * @typedef {{ labels?: readonly string[], types?: readonly string[], from?: string | null, to?: string | null }} Filter
 */

const DAY = 86_400_000;

/**
 * Element data values are unknown to the checker: a date is used only when it is a string.
 * @param {unknown} value
 * @returns {string | undefined}
 */
const text = (value) => (typeof value === 'string' && value ? value : undefined);

/**
 * Days since 1970-01-01 of an ISO date (the time slider's unit).
 * @param {string} iso
 * @returns {number}
 */
export const toDay = (iso) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);

/**
 * The ISO date of a slider day.
 * @param {number} day
 * @returns {string}
 */
export const toIso = (day) => new Date(day * DAY).toISOString().slice(0, 10);

/**
 * The date range two slider handles select between the data's first and last day (`min`, `max`):
 * handles in either order; a handle at its bound means no bound (null), so "everything" stays
 * open-ended as new documents arrive.
 * @param {number} a one handle's day
 * @param {number} b the other handle's day
 * @param {number} min
 * @param {number} max
 * @returns {{ from: string | null, to: string | null }}
 */
export function sliderRange(a, b, min, max) {
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  return { from: low > min ? toIso(low) : null, to: high < max ? toIso(high) : null };
}

/**
 * Whether a span [start, end] touches the filter's range. An undated side never excludes.
 * @param {Filter} filter
 * @param {string | null | undefined} start
 * @param {string | null | undefined} end
 * @returns {boolean}
 */
export function touchesRange({ from, to }, start, end) {
  return (!from || !end || end >= from) && (!to || !start || start <= to);
}

/**
 * Whether a node passes the filter by its own data: its label is kept and its own date or span
 * (events, documents) touches the range. Roots, pins and orphaned nodes are the drawing's concern.
 * @param {Filter} filter
 * @param {{ label?: unknown, date?: unknown, endDate?: unknown }} node
 * @returns {boolean}
 */
export function nodeKept(filter, node) {
  const labels = filter.labels ?? [];
  const date = text(node.date);
  return (labels.length === 0 || labels.includes(String(node.label))) && touchesRange(filter, date, text(node.endDate) ?? date);
}

/**
 * Whether an edge passes the filter by its own data: its type is kept and its first-to-last span
 * touches the range.
 * @param {Filter} filter
 * @param {{ type?: unknown, firstDate?: unknown, lastDate?: unknown }} edge
 * @returns {boolean}
 */
export function edgeKept(filter, edge) {
  const types = filter.types ?? [];
  const first = text(edge.firstDate);
  return (types.length === 0 || types.includes(String(edge.type))) && touchesRange(filter, first, text(edge.lastDate) ?? first);
}

