import { findDateExpressions, resolveDateExpression, type ResolvedDate } from '../dates/index.js';
import { FUTURE_MARKERS } from '../lexicons/events.js';

/** The dates a release's sentences give, in order, whichever occasion they belong to. */
export interface TextDates {
  /** The first day the body names: in a press release's lead, the day of the occasion it reports. */
  readonly lead: string | null;
  /** The last day of the latest range (`from June 3 to 5`) written before sentence `index`. */
  rangeEndBefore(index: number): string | null;
}

/** Reads every sentence's day-of-month dates (not `today`, not a bare year) once. */
export function textDates(sentences: readonly string[], releaseDate: string | null): TextDates {
  let lead: string | null = null;
  const ranges: { readonly index: number; readonly end: string }[] = [];
  sentences.forEach((text, index) => {
    const future = FUTURE_MARKERS.test(text);
    for (const expression of findDateExpressions(text)) {
      if (expression.relativeDays !== null) continue;
      const resolved: ResolvedDate | null = resolveDateExpression(expression, releaseDate, { future });
      if (!resolved) continue;
      lead ??= future ? null : resolved.date;
      if (resolved.endDate) ranges.push({ index, end: resolved.endDate });
    }
  });
  return {
    lead,
    rangeEndBefore: (index) => ranges.filter((r) => r.index < index).at(-1)?.end ?? null,
  };
}
