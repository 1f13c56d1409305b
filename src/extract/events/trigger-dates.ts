import { findDateExpressions, resolveDateExpression, type ResolvedDate } from '../dates/index.js';
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
  // `today` dates the announcement, not the occasion.
  for (const expression of findDateExpressions(sentence)) {
    if (expression.relativeDays !== null) continue;
    const distance = (t: Trigger): number => (expression.start >= t.end ? expression.start - t.end : Math.abs(t.start - expression.end) + 1);
    let nearest = triggers[0]!;
    for (const t of triggers) if (distance(t) < distance(nearest)) nearest = t;
    const resolved = resolveDateExpression(expression, releaseDate, { future });
    if (resolved && !dated.has(nearest)) dated.set(nearest, resolved);
  }
  // `following the summit held on November 18, … the two countries signed`: one date serves all.
  const first = dated.values().next().value;
  if (first) for (const t of triggers) if (!dated.has(t) && !t.definite) dated.set(t, first);
  return dated;
}
