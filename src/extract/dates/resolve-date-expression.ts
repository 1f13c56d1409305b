import { DAY_MS, isoDate, parseIsoDate, utcDate } from './calendar.js';
import type { DateExpression, DatePoint } from './date-expression.js';

/** ISO dates of a resolved expression; `endDate` is null for a single day. */
export interface ResolvedDate {
  readonly date: string;
  readonly endDate: string | null;
}

export interface ResolveOptions {
  /**
   * The sentence speaks of the future (`will be held`, `is scheduled for`): prefer the first
   * matching date on or after the release date rather than the last one before it.
   */
  readonly future?: boolean;
}

/** A release may report an event a few days ahead (`will open on Friday`) without saying so. */
const AHEAD_SLACK_DAYS = 7;
/** A release may report something a few days late even when it speaks of the future. */
const BEHIND_SLACK_DAYS = 3;

/** Every real date the point may denote: the given year, else the years around the release. */
function candidates(point: DatePoint, release: number, releaseMonth: number): number[] {
  const releaseYear = new Date(release).getUTCFullYear();
  const years = point.year !== null ? [point.year] : point.yearOffset !== null ? [releaseYear + point.yearOffset] : [releaseYear - 1, releaseYear, releaseYear + 1];
  const months = point.month !== null ? [point.month] : point.day !== null ? [releaseMonth - 1, releaseMonth, releaseMonth + 1] : [];
  const out: number[] = [];
  for (const year of years) {
    for (const month of months) {
      // Month arithmetic across year ends: month 0 is last December, 13 next January.
      const y = year + Math.floor((month - 1) / 12);
      const m = ((((month - 1) % 12) + 12) % 12) + 1;
      const time = utcDate(y, m, point.day!);
      if (time !== null && !out.includes(time)) out.push(time);
    }
  }
  return out;
}

function byWeekday(times: number[], weekday: number | null): number[] {
  if (weekday === null) return times;
  const matching = times.filter((t) => new Date(t).getUTCDay() === weekday);
  return matching.length > 0 ? matching : times;
}

function pick(times: number[], release: number, future: boolean): number | null {
  if (times.length === 0) return null;
  const sorted = [...times].sort((a, b) => a - b);
  if (future) {
    const ahead = sorted.find((t) => t >= release - BEHIND_SLACK_DAYS * DAY_MS);
    if (ahead !== undefined) return ahead;
  }
  const past = sorted.filter((t) => t <= release + AHEAD_SLACK_DAYS * DAY_MS);
  return past.length > 0 ? past[past.length - 1]! : sorted[0]!;
}

function resolvePoint(point: DatePoint, release: number, future: boolean): number | null {
  if (point.day === null) {
    if (point.weekday === null) return null;
    // A bare weekday: the nearest such day on or before the release (on or after it, in the future).
    const delta = (new Date(release).getUTCDay() - point.weekday + 7) % 7;
    return future ? release + ((7 - delta) % 7) * DAY_MS : release - delta * DAY_MS;
  }
  const releaseMonth = new Date(release).getUTCMonth() + 1;
  return pick(byWeekday(candidates(point, release, releaseMonth), point.weekday), release, future);
}

/** The end of a range takes its missing month and year from the start, rolling over when needed. */
function resolveEnd(to: DatePoint, from: number): number | null {
  const start = new Date(from);
  // `to.yearOffset` was counted from the release, as the start's was: the start's year already holds it.
  const year = to.year ?? start.getUTCFullYear();
  const month = to.month ?? start.getUTCMonth() + 1;
  let time = utcDate(year, month, to.day!);
  if (time !== null && time < from) {
    time = to.month === null ? utcDate(year + Math.floor(month / 12), (month % 12) + 1, to.day!) : utcDate(year + 1, month, to.day!);
  }
  return time !== null && time >= from ? time : null;
}

/**
 * Turns a date expression into ISO dates, inferring what the text leaves out from the release
 * date: a missing year is the one that puts the date at or before the release (allowing a week
 * ahead), or, for a sentence about the future, at or after it; a named weekday picks among the
 * candidate years. Returns null when the expression names no resolvable day or the release date
 * is unknown and the text gives no year.
 */
export function resolveDateExpression(
  expression: DateExpression,
  releaseDate: string | null,
  options: ResolveOptions = {},
): ResolvedDate | null {
  const future = options.future ?? false;
  const release = releaseDate === null ? null : parseIsoDate(releaseDate);
  if (expression.relativeDays !== null) {
    return release === null ? null : { date: isoDate(release + expression.relativeDays * DAY_MS), endDate: null };
  }
  const { from, to } = expression;
  let start: number | null;
  if (release === null) {
    start = from.year !== null && from.month !== null && from.day !== null ? utcDate(from.year, from.month, from.day) : null;
  } else {
    start = resolvePoint(from, release, future);
  }
  if (start === null) return null;
  const end = to && to.day !== null ? resolveEnd(to, start) : null;
  return { date: isoDate(start), endDate: end === null || end === start ? null : isoDate(end) };
}
