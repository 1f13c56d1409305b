/** Saves the current view: the drawing as PNG, or elements plus viewer state as JSON. */

/** Offers `blob` as a download named `filename`. */
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

/** A file name from the view: `tradegraph-person-yeo-han-koo-2025-06-01.png`. */
export function exportName(state, ext) {
  const subject = (state.entity ?? state.country ?? state.view ?? 'view').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  return `tradegraph-${subject}-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

/** The JSON export: the state (so it can be reopened) and the visible Cytoscape elements. */
export function viewJson(state, elements) {
  const body = { exportedAt: new Date().toISOString(), url: location.href, state, elements };
  return new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' });
}
