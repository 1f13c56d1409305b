// @ts-check
/** Text the panels, tooltip and filters show for dates, relation types and errors. Pure: no DOM. */

/**
 * `2025-03-04 – 2025-05-01`, a single date, or `undated`.
 * @param {string | null | undefined} first
 * @param {string | null | undefined} [last]
 * @returns {string}
 */
export function dateSpan(first, last) {
  if (!first && !last) return 'undated';
  if (!last || first === last) return first ?? last ?? 'undated';
  if (!first) return last;
  return `${first} – ${last}`;
}

/**
 * `MET` → `met`, `HOLDS_POSITION` → `holds position`.
 * @param {string} type
 * @returns {string}
 */
export function relationName(type) {
  return String(type).toLowerCase().replaceAll('_', ' ');
}

/**
 * An error as one line, its stable code first when it has one: `NOT_FOUND: No entity person:x`.
 * @param {{ code?: string, message: string }} error
 * @returns {string}
 */
export function errorText(error) {
  return `${error.code ? `${error.code}: ` : ''}${error.message}`;
}

/**
 * `3 sentences`, `1 document`.
 * @param {number} count
 * @param {string} noun
 * @returns {string}
 */
export function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * A document's address when it is one a link may follow (http or https), else null. The parser keeps
 * only such addresses, but a snapshot or a Neo4j store written by other means may hold
 * `javascript:…`, which as an `href` would run when clicked.
 * @param {string | null | undefined} url
 * @returns {string | null}
 */
export function webAddress(url) {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    new URL(url);
    return url;
  } catch {
    return null;
  }
}
