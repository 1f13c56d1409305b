import type { TextDates } from './text-dates.js';

/** The part of an occasion this step reads and completes. */
interface Dated {
  date: string | null;
  endDate: string | null;
  readonly sentenceIndexes: readonly number[];
}

/**
 * `The following day, he met …`, `On the next day`, `The day after`, `X met Y, CEO of Z, the
 * following day`: one day after the occasion before.
 */
const NEXT_DAY = /^(?:On\s+)?(?:the\s+(?:following|next)\s+day|the\s+day\s+after)\b|,\s+(?:on\s+)?the\s+(?:following|next)\s+day\b/i;
/**
 * `X had flown to Y the previous day and had dinner with Z`, `The day before, he met …`: one day
 * before the occasion told before it, when the words lead into the occasion's own trigger (`as
 * discussed at the summit the previous day` dates that summit, not the meeting).
 */
const PREVIOUS_DAY = /\bthe\s+(?:previous|preceding)\s+day\b|\bthe\s+day\s+before\b(?!\s+(?:the|his|her|their|its)\b)/i;
/** `On the final day, he hosted …`: the last day of the visit reported before. */
const LAST_DAY = /^(?:On\s+)?the\s+(?:final|last)\s+day\b/i;

/**
 * `Earlier, President A met B`, `Earlier in the day, …`: before the occasion the release leads
 * with, on its day — not on the day of an occasion named in passing in between (`The visit followed
 * the ASEAN Summit held on September 7`). `Earlier this month` names another time.
 */
const EARLIER = /^Earlier(?:\s*,|\s+(?:in\s+the|that|the\s+same)\s+(?:day|morning|afternoon)\b)/i;

/** `2025-11-18`; a month-precision date (`2019-03`) is shorter. */
const ISO_DAY_LENGTH = 10;

const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * An occasion the text reports without a date of its own (`The two ministers then held talks`,
 * `At the ceremony, the MOU was signed`) took place during the dated occasion reported before it,
 * or, when it is the first, the one reported after it: a release tells one visit, day by day.
 * `The following day` is the day after the occasion before, `the previous day` the day before it;
 * a day the sentence right before gives, when it reports no occasion, is the occasion's; `on the final day` the last day of
 * the latest range of days written before. With no dated occasion at all, the day the lead names,
 * and with no day named at all, the release's month.
 * Only missing dates are filled.
 */
export function inheritDates<T extends Dated>(
  events: readonly T[],
  sentenceText: (index: number) => string,
  dates: TextDates,
  leadIn: (event: T) => string = () => '',
): void {
  const ordered = [...events].sort((a, b) => (a.sentenceIndexes[0] ?? 0) - (b.sentenceIndexes[0] ?? 0));
  const told = new Set(events.flatMap((e) => e.sentenceIndexes));
  let previous: T | undefined;
  /** The first occasion told with a day of its own: the one the release leads with. */
  const lead = ordered.find((e) => e.date !== null && e.date.length === ISO_DAY_LENGTH);
  const undated: T[] = [];
  for (const e of ordered) {
    if (e.date === null) {
      const first = e.sentenceIndexes[0] ?? -1;
      const opening = sentenceText(first).trim();
      const lastDay = LAST_DAY.test(opening) ? dates.rangeEndBefore(first) : null;
      // `President X flew to Y on Saturday, December 26. … greeted him, and the two had dinner`:
      // the day the sentence right before gives, when that sentence reports no occasion of its own.
      const dayBefore = told.has(first - 1) ? null : dates.dayIn(first - 1);
      if (previous?.date && NEXT_DAY.test(opening)) e.date = addDays(previous.date, 1);
      else if (previous?.date && previous.date.length === ISO_DAY_LENGTH && PREVIOUS_DAY.test(leadIn(e))) e.date = addDays(previous.date, -1);
      else if (dayBefore) e.date = dayBefore;
      else if (lead?.date && EARLIER.test(opening)) e.date = lead.date;
      else if (lastDay) e.date = lastDay;
      else if (previous) e.date = previous.date;
      else undated.push(e);
      if (e.date !== null) previous = e;
      continue;
    }
    // `… when A and B met in March 2019`: an earlier occasion dated by its month lends its date to none.
    if (e.date.length < ISO_DAY_LENGTH) continue;
    for (const u of undated.splice(0)) u.date = e.date;
    previous = e;
  }
  // No occasion carries a date: they took place on the day the lead names, and `the next day` on
  // the one after; when the body names no day at all (`held some 50 meetings at the World Economic
  // Forum in Davos`), in the month of the release that reports them. The lead is asked only then:
  // finding it reads every sentence's dates.
  if (undated.length === 0) return;
  let day = dates.lead;
  for (const u of undated) {
    if (day !== null && NEXT_DAY.test(sentenceText(u.sentenceIndexes[0] ?? -1).trim())) day = addDays(day, 1);
    u.date = day ?? dates.releaseMonth;
  }
}
