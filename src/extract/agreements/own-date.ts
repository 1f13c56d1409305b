import { findDateExpressions, resolveDateExpression } from '../dates/index.js';

/**
 * A phrasing that says an agreement happened on a day: it was signed, or it entered into force.
 * Each carries an example sentence (the agreement named `Alpha Agreement`, the release dated
 * 2025-11-19) that must give the day `expected`, and neighbours that must give none; the tests
 * are built from these rows.
 */
export interface DatePhrasing {
  readonly cue: RegExp;
  readonly example: string;
  readonly expected: string;
  readonly mustNot: readonly string[];
}

export const DATE_PHRASINGS: readonly DatePhrasing[] = [
  {
    cue: /\b(?:signed|inked|concluded|initial(?:l)?ed|exchanged)\b/,
    example: 'On November 18, Minister Kim signed the Alpha Agreement with his counterpart in Abu Dhabi.',
    expected: '2025-11-18',
    mustNot: [
      'Minister Kim will sign the Alpha Agreement on December 3.',
      'The Alpha Agreement was signed in 2015.',
      'Minister Kim met his counterpart on November 18 to discuss the Alpha Agreement.',
    ],
  },
  {
    cue: /\b(?:entered\s+into\s+force|took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect)\b/,
    example: 'The Alpha Agreement entered into force on January 1, 2024, and exports have grown since.',
    expected: '2024-01-01',
    mustNot: ['The Alpha Agreement will enter into force on January 1.', 'The Alpha Agreement took effect in 2022.'],
  },
];

/** `will sign`, `plans to sign`, `is expected to`: the day is a plan, not the agreement's own. */
const FUTURE = /\b(?:will|shall|plans?\s+to|expected\s+to|scheduled\s+to|to\s+be\s+signed|set\s+to)\b/;

/**
 * The day a sentence says an agreement was signed or entered into force, resolved against the
 * release date: the written day nearest the verb. Null when the sentence gives no verb of signing
 * or force, speaks of the future, or names only a year or a month.
 */
export function agreementDateIn(sentence: string, releaseDate: string | null): string | null {
  if (FUTURE.test(sentence)) return null;
  let cueAt = -1;
  for (const { cue } of DATE_PHRASINGS) {
    const m = cue.exec(sentence);
    if (m) {
      cueAt = m.index;
      break;
    }
  }
  if (cueAt < 0) return null;
  let best: { date: string; distance: number } | null = null;
  for (const expression of findDateExpressions(sentence)) {
    if (expression.to !== null) continue; // a range is a visit or a round, not a signing day
    if (expression.relativeDays === null && expression.from.day === null && expression.from.weekday === null) continue;
    const resolved = resolveDateExpression(expression, releaseDate, { future: false });
    if (!resolved) continue;
    const distance = Math.abs(expression.start - cueAt);
    if (!best || distance < best.distance) best = { date: resolved.date, distance };
  }
  return best?.date ?? null;
}
