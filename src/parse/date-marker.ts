import { isIsoDate } from './iso-date.js';

/** The body with its trailing date marker taken off, and what the marker said. */
export interface DateMarker {
  readonly body: string;
  /** null when the body carries no marker at all. */
  readonly marker: null | { readonly raw: string; readonly date: string | null };
}

// ` date2025-11-20` at the very end; any digits-and-dashes after `date` count as a marker so that a
// malformed one (`date2025-13-45`, a truncated `date2025-11-`) is reported rather than left in the text.
// Dumps written by hand also glue the marker to the sentence's end (`… the year.date2008-07-11`):
// after a sentence's closing mark no word can end in `date`, so that is a marker too (a word such as
// `update2025-11-20` still is not).
const MARKER = /(?:^|\s|(?<=[.!?…"”’')\]]))date(\d[\d-]*)$/u;

/**
 * Takes the ` dateYYYY-MM-DD` marker off the end of a body.
 * `"… frameworks. date2025-11-21"` → body `"… frameworks."`, date `2025-11-21`.
 */
export function takeDateMarker(body: string): DateMarker {
  const m = MARKER.exec(body);
  if (!m) return { body, marker: null };
  const raw = m[1]!;
  return {
    body: body.slice(0, m.index).trimEnd(),
    marker: { raw: `date${raw}`, date: isIsoDate(raw) ? raw : null },
  };
}

/** True when a line ends with something shaped like a date marker. */
export function hasDateMarker(line: string): boolean {
  return MARKER.test(line);
}
