import { MONTHS, WEEKDAYS } from './calendar.js';
import type { DateExpression, DatePoint } from './date-expression.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const ORDINAL = '(?:st|nd|rd|th)';
const DASH = '[-‐‑–—]';

/**
 * One day as written, with groups suffixed so that the two ends of a range can share the shape:
 * `Tuesday, November 18`, `November 18, 2025`, `18 November 2025`, `the 18th`.
 */
function point(s: string): string {
  const year = `(?:,?\\s+(?<year${s}>\\d{4})(?!\\d)|\\s+(?<yrel${s}>last|this|next)\\s+year(?![\\p{L}']))?`;
  return (
    `(?:(?<wd${s}>${WEEKDAY}),?\\s+)?` +
    `(?:(?<mA${s}>${MONTH})\\.?\\s+(?<dA${s}>\\d{1,2})(?!\\d)${ORDINAL}?` +
    `|(?<dB${s}>\\d{1,2})${ORDINAL}?\\s+(?:of\\s+)?(?<mB${s}>${MONTH})(?![a-z])` +
    `|the\\s+(?<dC${s}>\\d{1,2})${ORDINAL}(?![a-z]))${year}`
  );
}

const RANGE_END = `(?:${point('2')}|(?<dE>\\d{1,2})(?!\\d)${ORDINAL}?(?:,?\\s+(?<yearE>\\d{4})(?!\\d))?)`;
const CONNECTOR = `(?:\\s*${DASH}\\s*|,?\\s+(?:to|through|until|till)\\s+)`;
// `on May 17 and 18`: a second bare day after `and`, read as a span only when it is the next day
// (readExpression checks), and not when a month follows it (`17 and 18 June` is another shape).
const NEXT_DAY = `\\s+and\\s+(?<dAnd>\\d{1,2})(?!\\d)${ORDINAL}?(?!\\s*(?:${MONTH}|[\\d%]|percent|per\\b))`;

const PATTERN = new RegExp(
  `(?<![\\p{L}\\d])(?:${point('1')}(?:${CONNECTOR}${RANGE_END}|${NEXT_DAY})?` +
    `|(?<=\\b(?:on|last|this|next|On|Last|This|Next)\\s+)(?<wdOnly>${WEEKDAY})(?![,\\w])` +
    `|(?<rel>today|yesterday|tomorrow))(?![\\p{L}\\d])`,
  'gu',
);

// Every date PATTERN reads holds one of these: a month's first three letters then (after the
// rest of its name and a full stop) a space and a digit (`Sept. 3`); a digit, a space and a month
// (`18 November`, `18th of November`); `the 18th`; `…day` (weekdays, `today`, `yesterday`) or
// `tomorrow`. Most sentences hold a number but only one in five holds one of these, and this
// search costs a tenth of PATTERN's, whose leading look-behind defeats the engine's fast scans.
const MONTH_PREFIX = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const MAY_HOLD_DATE = new RegExp(
  `${MONTH_PREFIX}[a-z]*\\.?\\s+\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PREFIX}|the\\s+\\d\\d?(?:st|nd|rd|th)|day|tomorrow`,
);

/**
 * Lower-case words that may follow a day written `the 18th` (`on the 18th in Seoul`, `the 24th
 * was attended by`, `the 12th between`); any other word makes it a rank (`the 25th meeting of`,
 * `the 60th anniversary`, `the 13th consecutive year`).
 */
const AFTER_A_DAY =
  /^\s+(?:and|or|to|in|at|on|of|from|through|until|till|between|with|for|by|as|after|before|when|while|was|were|is|are|will|that|which|the|a|an|this|he|she|they|it|its|his|her|their|but)\b/;

const RELATIVE_DAYS: Readonly<Record<string, number>> = { today: 0, yesterday: -1, tomorrow: 1 };
const RELATIVE_YEARS: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

type Groups = Record<string, string | undefined>;

const num = (value: string | undefined): number | null => (value === undefined ? null : Number(value));
const lookup = (table: ReadonlyMap<string, number>, value: string | undefined): number | null =>
  value === undefined ? null : (table.get(value.toLowerCase()) ?? null);

function readPoint(g: Groups, s: string): DatePoint | null {
  const day = num(g[`dA${s}`] ?? g[`dB${s}`] ?? g[`dC${s}`]);
  if (day === null) return null;
  return {
    year: num(g[`year${s}`]),
    month: lookup(MONTHS, g[`mA${s}`] ?? g[`mB${s}`]),
    day,
    weekday: lookup(WEEKDAYS, g[`wd${s}`]),
    yearOffset: RELATIVE_YEARS[g[`yrel${s}`] ?? ''] ?? null,
  };
}

function readExpression(g: Groups): Pick<DateExpression, 'from' | 'to' | 'relativeDays'> | null {
  if (g.rel) {
    const none = { year: null, month: null, day: null, weekday: null, yearOffset: null };
    return { from: none, to: null, relativeDays: RELATIVE_DAYS[g.rel] ?? 0 };
  }
  if (g.wdOnly) {
    return { from: { year: null, month: null, day: null, weekday: lookup(WEEKDAYS, g.wdOnly), yearOffset: null }, to: null, relativeDays: null };
  }
  const from = readPoint(g, '1');
  if (!from || from.day! > 31) return null;
  if (g.dAnd !== undefined) {
    // `May 17 and 18` is a two-day span; `June 3 and 10` are two days, of which this reads the first.
    const to = Number(g.dAnd) === from.day! + 1 ? { year: from.year, month: null, day: from.day! + 1, weekday: null, yearOffset: from.yearOffset } : null;
    return { from, to, relativeDays: null };
  }
  const to = readPoint(g, '2') ?? (g.dE ? { year: num(g.yearE), month: null, day: Number(g.dE), weekday: null, yearOffset: null } : null);
  if (to && to.day! > 31) return { from, to: null, relativeDays: null };
  // `November 18, 2025 to 20` puts the year after the first day; `from November 18 to 20, 2025` after the last.
  const year = from.year ?? to?.year ?? null;
  return { from: { ...from, year }, to, relativeDays: null };
}

const isRank = (after: string): boolean => /^\s*\p{Lu}/u.test(after) || (/^\s+\p{Ll}/u.test(after) && !AFTER_A_DAY.test(after));

/**
 * Finds the dates a sentence states: single days (`on Tuesday, November 18`, `on the 18th`),
 * ranges (`from November 18 to 20`, `March 26–29`, `from Monday, December 1, to Thursday,
 * December 4`), a bare weekday after `on` and `today`/`yesterday`/`tomorrow`. Month-only dates
 * (`in May 2024`) name no day and are left out. Pure: offsets are into `sentence`.
 */
export function findDateExpressions(sentence: string): DateExpression[] {
  const found: DateExpression[] = [];
  if (!MAY_HOLD_DATE.test(sentence)) return found;
  for (const match of sentence.matchAll(PATTERN)) {
    const parts = readExpression((match.groups ?? {}) as Groups);
    if (!parts) continue;
    // A bare `the 18th` is a day only when nothing else reads it as a rank (`the 23rd Conference`,
    // `the 25th meeting`): a capitalised word or a lower-case word that is not a connective follows.
    if (match.groups?.dC1 && !match.groups.mA1 && isRank(sentence.slice(match.index + match[0].length))) continue;
    found.push({ text: match[0], start: match.index, end: match.index + match[0].length, ...parts });
  }
  return found;
}
