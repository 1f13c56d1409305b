import { MONTHS } from './calendar.js';

/** A month a sentence names without a day: `in March 2019`, `last November`, `in June`. */
export interface MonthDate {
  /** `YYYY-MM`: the month the text means, its year inferred from the release when not written. */
  readonly month: string;
  readonly start: number;
  readonly end: number;
}

// Full month names only: `in May` is common, `in Mar` is not, and `may` alone is a verb.
const MONTH_NAMES = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * `in March 2019`, `in June`, `last November`, `in early May 2012`, `in May last year`: a preposition of time, then a
 * month with no day after it (`in May 15` is a day, read elsewhere). `since June 2012` and `until
 * May` bound a span; they date no occasion and are left out.
 */
const MONTH_ONLY = new RegExp(
  String.raw`\b(?<lead>in|during|last)\s+(?:(?:early|late|mid-?)\s*)?(?<name>${MONTH_NAMES})(?:,?\s+(?:of\s+)?(?<year>(?:19|20)\d\d)|\s+(?<rel>last|this|next)\s+year)?(?![\p{L}\d])(?!\s*\d{1,2}(?!\d))`,
  'gu',
);

/** `last month`, `last month's summit`, `next month`: the month before or after the release's. */
const MONTH_COUNTED = /\b(?<rel>last|next)\s+month(?:’s|'s)?(?![\p{L}\d])/gu;
const MONTH_STEPS: Readonly<Record<string, number>> = { last: -1, next: 1 };

const pad = (n: number): string => String(n).padStart(2, '0');
const releaseMonth = (releaseDate: string): number => Number(releaseDate.slice(5, 7));
const RELATIVE_YEARS: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/**
 * Months named without a day, resolved against the release date (`last month` is the one before
 * the release's, `next month` the one after): a written year is kept; else
 * the latest such month up to the release's (strictly before it after `last`), or, in a sentence
 * about the future, the next one from it. Null release and no written year: left out.
 */
export function findMonthDates(sentence: string, releaseDate: string | null, future = false): MonthDate[] {
  const found: MonthDate[] = [];
  if (releaseDate !== null && sentence.includes(' month')) {
    for (const m of sentence.matchAll(MONTH_COUNTED)) {
      const index = Number(releaseDate.slice(0, 4)) * 12 + releaseMonth(releaseDate) - 1 + (MONTH_STEPS[m.groups!.rel!] ?? 0);
      found.push({ month: `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`, start: m.index, end: m.index + m[0].length });
    }
  }
  if (!/(?:uary|rch|ril|May|June|July|ust|ber)\b/.test(sentence)) return found;
  for (const m of sentence.matchAll(MONTH_ONLY)) {
    const g = m.groups!;
    const month = MONTHS.get(g.name!.toLowerCase())!;
    let year = g.year ? Number(g.year) : null;
    if (year === null) {
      if (releaseDate === null) continue;
      const releaseYear = Number(releaseDate.slice(0, 4));
      // `in March last year`: the year is said, counted from the release's.
      if (g.rel) year = releaseYear + (RELATIVE_YEARS[g.rel] ?? 0);
      else if (g.lead === 'last') year = month < releaseMonth(releaseDate) ? releaseYear : releaseYear - 1;
      else if (future) year = month >= releaseMonth(releaseDate) ? releaseYear : releaseYear + 1;
      else year = month <= releaseMonth(releaseDate) ? releaseYear : releaseYear - 1;
    }
    found.push({ month: `${year}-${pad(month)}`, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
