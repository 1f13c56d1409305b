// @ts-check
/**
 * Node labels as drawn: long names shortened with an ellipsis (the tooltip shows the full name on
 * hover), cut at a word boundary when one is near.
 */

/** Characters a drawn label keeps before its ellipsis. */
export const LABEL_MAX = 22;

/**
 * `name` shortened to at most `max` characters, the last one an ellipsis; a cut falls on a space
 * when one lies in the last third of the kept text. Spaces are collapsed first.
 * @param {string | null | undefined} name
 * @param {number} [max]
 * @returns {string}
 */
export function shortLabel(name, max = LABEL_MAX) {
  const text = String(name ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const cut = space >= Math.ceil((max - 1) * (2 / 3)) ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,.;:–-]+$/u, '')}…`;
}

/** Zoomed out below this, labels stop growing to compensate and shrink (then vanish) with the drawing. */
export const LABEL_ZOOM_FLOOR = 0.3;

/**
 * How much bigger than their base size labels are drawn at `zoom`, so that zoomed out they keep a
 * readable size on screen (fewer fit: the overlap pass hides the rest, and zooming in shows them).
 * @param {number} zoom
 * @param {number} [floor]
 * @returns {number}
 */
export function labelScale(zoom, floor = LABEL_ZOOM_FLOOR) {
  if (!(zoom > 0) || zoom >= 1) return 1;
  return 1 / Math.max(zoom, floor);
}
