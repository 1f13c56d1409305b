/** How analytics bucket dates. */
export const PERIODS = ['quarter', 'year'] as const;
export type PeriodKind = (typeof PERIODS)[number];

/** The bucket of an ISO day: `2024-03-07` → `2024-Q1` by quarter, `2024` by year. */
export function periodOf(day: string, by: PeriodKind): string {
  const year = day.slice(0, 4);
  if (by === 'year') return year;
  return `${year}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Every bucket from `first` to `last` inclusive, none skipped, so a chart's gaps show as zeros. */
export function periodsBetween(first: string, last: string, by: PeriodKind): string[] {
  const index = (period: string) => Number(period.slice(0, 4)) * 4 + (by === 'quarter' ? Number(period.slice(6)) - 1 : 0);
  const step = by === 'quarter' ? 1 : 4;
  const periods: string[] = [];
  for (let i = index(first); i <= index(last); i += step) {
    const year = Math.floor(i / 4);
    periods.push(by === 'quarter' ? `${year}-Q${(i % 4) + 1}` : String(year));
  }
  return periods;
}

/** The continuous buckets covering `days` (undated ones left out); [] when none is dated. */
export function periodsCovering(days: Iterable<string | null>, by: PeriodKind): string[] {
  const periods = [...days].filter((day): day is string => Boolean(day)).map((day) => periodOf(day, by)).sort();
  return periods.length === 0 ? [] : periodsBetween(periods[0]!, periods[periods.length - 1]!, by);
}
