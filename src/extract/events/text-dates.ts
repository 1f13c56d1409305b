import { findDateExpressions, resolveDateExpression, type ResolvedDate } from '../dates/index.js';
import { FUTURE_MARKERS } from '../lexicons/events.js';

/** The dates a release's sentences give, in order, whichever occasion they belong to. */
export interface TextDates {
  /** The first day the body names: in a press release's lead, the day of the occasion it reports. */
  readonly lead: string | null;
  /** The last day of the latest range (`from June 3 to 5`) written before sentence `index`. */
  rangeEndBefore(index: number): string | null;
  /** The first day sentence `index` names (not about the future), or null. */
  dayIn(index: number): string | null;
  /** The release's month (`2026-01`): when the body names no day, what it reports took place then. */
  readonly releaseMonth: string | null;
}

/** `2026-01-23`; a month is shorter. */
const DAY_LENGTH = 10;
/** `2026-01-23` → `2026-01`. */
const MONTH_LENGTH = 7;

/**
 * Reads every sentence's day-of-month dates (not `today`, not a bare year), once and only when
 * asked: most releases date every occasion they report, and never need this.
 */
export function textDates(sentences: readonly string[], releaseDate: string | null): TextDates {
  let read: { lead: string | null; ranges: { readonly index: number; readonly end: string }[] } | null = null;
  const scan = (): NonNullable<typeof read> => {
    if (read) return read;
    read = { lead: null, ranges: [] };
    const found = read;
    sentences.forEach((text, index) => {
      const future = FUTURE_MARKERS.test(text);
      for (const expression of findDateExpressions(text)) {
        if (expression.relativeDays !== null) continue;
        const resolved: ResolvedDate | null = resolveDateExpression(expression, releaseDate, { future });
        if (!resolved) continue;
        if (found.lead === null && !future) found.lead = resolved.date;
        if (resolved.endDate) found.ranges.push({ index, end: resolved.endDate });
      }
    });
    return found;
  };
  return {
    get lead() {
      return scan().lead;
    },
    // One sentence read on its own: asked only for an occasion the text leaves undated.
    dayIn: (index) => {
      const text = sentences[index];
      if (text === undefined || FUTURE_MARKERS.test(text)) return null;
      for (const expression of findDateExpressions(text)) {
        if (expression.relativeDays !== null) continue;
        const resolved = resolveDateExpression(expression, releaseDate, { future: false });
        if (resolved && resolved.date.length === DAY_LENGTH) return resolved.date;
      }
      return null;
    },
    rangeEndBefore: (index) => scan().ranges.filter((r) => r.index < index).at(-1)?.end ?? null,
    releaseMonth: releaseDate && releaseDate.length >= MONTH_LENGTH ? releaseDate.slice(0, MONTH_LENGTH) : null,
  };
}
