// @ts-check
/** Saves the current view: the drawing as PNG, or elements plus viewer state as JSON. */

/**
 * Offers `blob` as a download named `filename`.
 * @param {Blob} blob
 * @param {string} filename
 */
export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A file name from the view: `tradegraph-person-yeo-han-koo-2025-06-01.png`.
 * @param {Readonly<import('./url-state.js').ViewState>} state
 * @param {string} ext
 * @param {Date} [now] the day in the name
 * @returns {string}
 */
export function exportName(state, ext, now = new Date()) {
  const subject = (state.entity ?? state.country ?? state.view ?? 'view').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  return `tradegraph-${subject}-${now.toISOString().slice(0, 10)}.${ext}`;
}

/**
 * The JSON export: the state (so it can be reopened) and the visible Cytoscape elements.
 * @param {Readonly<import('./url-state.js').ViewState>} state
 * @param {unknown} elements
 * @param {{ now?: Date, url?: string }} [context] when and from which page
 * @returns {Blob}
 */
export function viewJson(state, elements, { now = new Date(), url = location.href } = {}) {
  const body = { exportedAt: now.toISOString(), url, state, elements };
  return new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' });
}
