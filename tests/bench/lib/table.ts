/** Prints rows as an aligned plain-text table, numbers right-aligned, so figures read in columns. */
export function printTable(title: string, headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): void {
  const cells = rows.map((row) => row.map((cell) => (cell === null ? '–' : String(cell))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const numeric = headers.map((_, i) => cells.every((row) => /^[-–\d.,×%<>≤ ]*$/.test(row[i] ?? '')));
  const line = (row: readonly string[]) => row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells) console.log(line(row));
}

export const seconds = (ms: number | null): string | null => (ms === null ? null : (ms / 1000).toFixed(ms < 10_000 ? 2 : 1));
export const mib = (bytes: number | null): string | null => (bytes === null ? null : (bytes / 1024 / 1024).toFixed(0));
export const perSecond = (items: number, ms: number | null): string | null => (ms === null || ms <= 0 ? null : Math.round((items * 1000) / ms).toLocaleString('en-US'));
