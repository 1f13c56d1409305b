// @ts-check
/**
 * Which labels to draw so that none overlaps another: greedy by priority (the view's ends and
 * busy nodes first), a label is kept when its box clears every label kept before it. Boxes are in
 * model coordinates, where overlap does not depend on zoom (labels scale with the drawing).
 */

/**
 * @typedef {{ x1: number, y1: number, x2: number, y2: number }} Box
 * @typedef {{ id: string, box: Box, priority: number }} LabelBox
 */

/**
 * Whether two boxes overlap, `gap` apart at least to count as clear.
 * @param {Box} a
 * @param {Box} b
 * @param {number} [gap]
 */
export const boxesOverlap = (a, b, gap = 0) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/**
 * The ids whose labels must be hidden: higher priority wins, ties by id for a stable drawing.
 * Empty boxes (no label) neither block nor get hidden.
 * @param {readonly LabelBox[]} labels
 * @param {number} [gap]
 * @returns {Set<string>}
 */
export function labelsToHide(labels, gap = 2) {
  const order = [...labels].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  /** @type {Box[]} */
  const kept = [];
  const hidden = new Set();
  for (const { id, box } of order) {
    if (box.x2 - box.x1 <= 0 || box.y2 - box.y1 <= 0) continue;
    if (kept.some((other) => boxesOverlap(box, other, gap))) hidden.add(id);
    else kept.push(box);
  }
  return hidden;
}
