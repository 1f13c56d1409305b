/*
 * RFC 4180 text: fields separated by commas, records by CRLF, a field quoted when it holds a
 * comma, a quote, a CR or an LF, quotes inside doubled. Written by hand: no CSV writer is among
 * the project's dependencies and these rules fit in a screen.
 */

/** Excel reads a UTF-8 file as UTF-8 only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

/** A spreadsheet runs a cell starting with one of these as a formula (`=HYPERLINK(…)`): CSV injection. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field as written: formula starts neutralised with a leading `'`, quoted when it must be. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A header and rows as CSV text, every record ended by CRLF, preceded by the UTF-8 BOM unless `bom` is false. */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  const { bom } = { bom: true, ...options };
  const lines = [header, ...rows].map((fields) => `${fields.map(csvField).join(',')}\r\n`);
  return (bom ? UTF8_BOM : '') + lines.join('');
}
