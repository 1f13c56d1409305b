import { DAY_MS, findDateExpressions, resolveDateExpression } from '../dates/index.js';

/** `will take effect on August 1`, `is set to enter into force on the 15th`: a day of entry into force announced. */
const ANNOUNCED_ENTRY = /\b(?:will|is\s+(?:set|scheduled)\s+to)\s+(?:enter\s+into\s+force|take\s+effect|come\s+into\s+(?:force|effect))\s+on\b/;

/**
 * Whether a sentence announces an agreement's entry into force for the day after the release (or
 * the release's own day): such a release reports the agreement as in force, as its annotators do
 * (`… will take effect on August 1, the ministry announced on July 31`), where a later day leaves
 * it signed. Reads the written day nearest the announcement.
 */
export function entersOnReleaseEve(sentence: string, releaseDate: string | null): boolean {
  if (releaseDate === null) return false;
  const cue = ANNOUNCED_ENTRY.exec(sentence);
  if (!cue) return false;
  const after = cue.index + cue[0].length;
  const day = findDateExpressions(sentence).find((e) => e.start >= after && e.to === null && e.from.day !== null);
  const resolved = day ? resolveDateExpression(day, releaseDate, { future: true }) : null;
  if (!resolved) return false;
  const gap = (Date.parse(resolved.date) - Date.parse(releaseDate)) / DAY_MS;
  return gap >= 0 && gap <= 1;
}
