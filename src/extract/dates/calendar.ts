/** Month names and their usual English abbreviations, lower case, to month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map(
    (name, i) => [name, i + 1] as const,
  ),
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'].map(
    (abbr) => [abbr, ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(abbr.slice(0, 3)) + 1] as const,
  ),
]);

/** Weekday names and abbreviations, lower case, to JavaScript's getUTCDay() number (Sunday 0). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].flatMap((name, i) => [
    [name, i] as const,
    [name.slice(0, 3), i] as const,
  ]),
);

/** A calendar date as a UTC timestamp at midnight, or null when the day does not exist (Feb 30). */
export function utcDate(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? time : null;
}

/** `YYYY-MM-DD` of a UTC midnight timestamp. */
export function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The UTC midnight timestamp of an ISO `YYYY-MM-DD`, or null when it is not one. */
export function parseIsoDate(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? utcDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export const DAY_MS = 86_400_000;
