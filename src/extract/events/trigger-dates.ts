import { findDateExpressions, findMonthDates, resolveDateExpression, type ResolvedDate } from '../dates/index.js';
import { FUTURE_MARKERS } from '../lexicons/events.js';
import type { Trigger } from './trigger.js';

/**
 * Each date in the sentence goes to the trigger nearest to it, so `the previous meeting held in
 * Beijing …, a month after the two sides met on November 1` dates only the second occasion.
 * Dates resolve against the release date, looking ahead in a sentence about the future.
 */
export function assignDates(sentence: string, triggers: readonly Trigger[], releaseDate: string | null): Map<Trigger, ResolvedDate> {
  const dated = new Map<Trigger, ResolvedDate>();
  if (triggers.length === 0) return dated;
  const future = FUTURE_MARKERS.test(sentence);
  // `The negotiators met from November 30 after A and B, at their summit in Seoul on November 11, …`:
  // where two dates go to one trigger, the nearer one is its own.
  const gap = new Map<Trigger, number>();
  for (const expression of findDateExpressions(sentence)) {
    // `Minister A, who arrived in Lima on August 28, and B declared …`: the day of a journey, not of an occasion.
    if (TRAVEL_BEFORE.test(sentence.slice(Math.max(0, expression.start - TRAVEL_REACH), expression.start))) continue;
    // `…, the ministry said on October 7`: the day of the telling, not of an occasion.
    if (TOLD_ON.test(sentence.slice(Math.max(0, expression.start - TRAVEL_REACH), expression.start))) continue;
    // `today` dates the announcement (`the ministry announced today`), not the occasion, unless it
    // sits in the occasion's own clause (`met X in Seoul today`, `held talks today with X`).
    if (expression.relativeDays !== null) {
      const own = relativeDayOf(sentence, expression.start, triggers);
      const resolved = own && !dated.has(own) ? resolveDateExpression(expression, releaseDate, { future }) : null;
      if (own && resolved) {
        dated.set(own, resolved);
        gap.set(own, 0);
      }
      continue;
    }
    // `The ministry said on Friday that A met B in Lima on April 16`: the day of the telling dates
    // the occasion only when the clause it introduces gives none of its own.
    const telling = TELLING_THAT.test(sentence.slice(Math.max(0, expression.start - TRAVEL_REACH), expression.start)) && /^,?\s+that\b/.test(sentence.slice(expression.end));
    const distance = (t: Trigger): number =>
      (telling ? TELLING_PENALTY : 0) + (expression.start >= t.end ? expression.start - t.end : Math.abs(t.start - expression.end) + 1);
    let nearest = triggers[0]!;
    for (const t of triggers) if (distance(t) < distance(nearest)) nearest = t;
    const resolved = resolveDateExpression(expression, releaseDate, { future });
    if (resolved && distance(nearest) < (gap.get(nearest) ?? Infinity)) {
      dated.set(nearest, resolved);
      gap.set(nearest, distance(nearest));
    }
  }
  // `following the summit held on November 18, … the two countries signed`: one date serves all.
  const first = dated.values().next().value;
  if (first) {
    for (const t of triggers) if (!dated.has(t) && !t.definite) dated.set(t, first);
  } else datedByMonth(sentence, triggers, releaseDate, future, dated);
  return dated;
}

/** How far before a date a journey's verb may stand: `arrived in Abu Dhabi on`. */
const TRAVEL_REACH = 60;
/**
 * A journey told in a clause of its own: `who arrived in Lima on`, `, having flown to Riyadh on`.
 * (`arrived in Tehran on May 1 and was welcomed at the airport by X` dates the welcome.)
 */
const TRAVEL_BEFORE = /\b(?:who\s+(?:had\s+)?|having\s+)(?:arrived|flew|flown|landed|departed)\b[^,;]*$/;

/** A telling verb right before a date that a `that` clause follows: `said on Friday that …`. */
const TELLING_THAT = /\b(?:said|says|announced|stated|reported)\s+(?:on\s+)?$/;
/** Farther than any date of the sentence itself, so a date of the clause wins over the telling's. */
const TELLING_PENALTY = 10_000;

/**
 * A closing attribution right before a date: `…, MOFAT said on October 7` (not `Korea and Indonesia
 * announced on March 28 that …`, whose day is the occasion's as often as not).
 */
const TOLD_ON = /,\s+(?:the\s+)?(?:[\p{L}()’'-]+\s+){0,8}?(?:said|says|announced|stated|reported)\s+(?:on\s+)?$/u;

/** How far after its trigger `today` may stand and still date it: `met X, <a long title>, in Seoul today`. */
const RELATIVE_DAY_REACH = 120;
/** How far a trigger may follow a `today` that opens its clause: `earlier today she met`. */
const CLAUSE_OPENING_REACH = 40;
/** Words between a trigger and `today` that end its clause or make `today` the telling's: `, the ministry said today`. */
const NOT_THE_OCCASIONS = /[;:]|\b(?:said|says|announced|announces|stated|noted|reported|added|explained|revealed|released|will|plans?|is to|are to|expected|scheduled)\b/;

/**
 * The trigger a `today` or `yesterday` at `at` dates: the one right after it when `today` opens a
 * clause (`, and earlier today she met X`), else the nearest one before it in the same clause, with
 * no telling verb between (`met X in Seoul today` is the meeting's day, `… the ministry announced
 * today` the release's). Null when none.
 */
function relativeDayOf(sentence: string, at: number, triggers: readonly Trigger[]): Trigger | null {
  const before = triggers.filter((t) => t.end <= at && at - t.end <= RELATIVE_DAY_REACH);
  const nearest = before.at(-1);
  // `…, and earlier today she met X`: `today` opens the clause of the trigger after it.
  const next = triggers.find((t) => t.start >= at && t.start - at <= CLAUSE_OPENING_REACH && !/[,;]/.test(sentence.slice(at, t.start)));
  if (next && (!nearest || /[,;]\s/.test(sentence.slice(nearest.end, at)))) return next;
  if (!nearest || NOT_THE_OCCASIONS.test(sentence.slice(nearest.end, at))) return null;
  return nearest;
}

/** How far a month may lie from its trigger: `met in Bergen in March 2019`, not a month a clause away. */
const MONTH_REACH = 80;

/**
 * `when A and B met in Bergen in March 2019`, `at a bilateral meeting in June`: an occasion in
 * another month than the release's is dated by that month (`2019-03`), the precision the text
 * gives, and so is never taken for the occasion the release reports. A month that is the
 * release's own says nothing the release date does not.
 */
function datedByMonth(sentence: string, triggers: readonly Trigger[], releaseDate: string | null, future: boolean, dated: Map<Trigger, ResolvedDate>): void {
  for (const m of findMonthDates(sentence, releaseDate, future)) {
    if (releaseDate !== null && releaseDate.startsWith(m.month)) continue;
    const distance = (t: Trigger): number => (m.start >= t.end ? m.start - t.end : t.start - m.end);
    const near = triggers.filter((t) => !dated.has(t) && distance(t) >= 0 && distance(t) <= MONTH_REACH);
    const nearest = near.sort((a, b) => distance(a) - distance(b))[0];
    if (nearest) dated.set(nearest, { date: m.month, endDate: null });
  }
}
