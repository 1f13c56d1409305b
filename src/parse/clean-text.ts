// Zero-width and bidi formatting characters and the soft hyphen: invisible, and they break word matching.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
// Whitespace-like controls become a space so the words on either side stay apart.
const SPACING_CONTROLS = /[\t\v\f\u0085\u2028\u2029]/gu;
// Remaining C0/C1 controls carry no text (line breaks were split off before cleaning).
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/gu;

// A lone surrogate (from a JSON `\ud800` escape or a JS string) cannot be encoded; it becomes U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * Normalises one line of input: NFC, invisible and control characters removed, every kind of
 * space turned into a plain space, runs collapsed and the ends trimmed.
 * `" Korea\u200B’s  exports\t"` → `"Korea’s exports"`.
 */
export function cleanLine(line: string): string {
  return line
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SPACING_CONTROLS, ' ')
    .replace(CONTROLS, '')
    .replace(/\p{Zs}+/gu, ' ')
    .trim();
}

/** Splits text into lines at CRLF, LF or a lone CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}
