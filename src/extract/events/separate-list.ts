import { IN_SENTENCE } from '../lexicons/events.js';

/** Offsets into a sentence of the counterparts an occasion had one by one. */
export interface SeparateList {
  readonly start: number;
  readonly end: number;
  /**
   * How many counterparts the list must hold to be met one by one: 2 when the words say so
   * (`separately`, `also met`), 3 for a plain list after `met` or `held talks with` (`He also met Governor A,
   * Governor B and Senator C`): a release reports a round of calls so; two named together
   * (`met X, Vice Minister of A, and Y, Vice Minister of B`) may well have sat at one table.
   */
  readonly minimum: number;
}

/** Words around a trigger that make its counterparts meet the subject one at a time. */
const ONE_BY_ONE = /\b(?:separate(?:ly)?|individual(?:ly)?|one-on-one|bilateral meetings|bilaterals|series of bilateral)\b/i;
const ONE_BY_ONE_AFTER = /^\s+(?:separately|individually|one-on-one)\b/i;
/** `bilateral talks with his counterparts from A, B and C`: one pair of countries at a time. */
const BILATERAL = /\bbilateral\b/i;
const COUNTERPARTS_AFTER = /^\s+with\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?counterparts\b/i;
const WITH = /^[^.,;]{0,40}?\bwith\s+/;
/** Triggers whose plain list of three or more counterparts is a round of calls: `met`, `held talks with`. */
const ROUND_OF_CALLS = /^(?:met|met with|talks|meetings|held talks)$|^met\b/;
/**
 * A list right after the trigger: a capitalised first item, a comma, then another comma or an `and`
 * before the sentence ends. The period of an initial (`the U.S. Senate`) ends nothing.
 */
const LIST_AFTER = new RegExp(String.raw`^\s+(?:with\s+)?\p{Lu}${IN_SENTENCE}*?,${IN_SENTENCE}*?(?:,|\band\s)`, 'u');
/**
 * `also met A and B`, `also held talks with Thai Minister A and Indian Minister B`: `also` makes
 * the meeting one more of a round of calls, so a list of two is met one by one as well.
 */
const ALSO_BEFORE = /\balso\s+(?:held\s+)?$/;
/**
 * `met President A and Prime Minister B`, `met National Assembly Speaker A and Prime Minister B`:
 * a host country's leaders each receive a visitor in a call of their own, so two of them named
 * after `met` are met one by one.
 */
const LEADER = String.raw`(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:President|Prime Minister|Premier|Speaker|Emir|King|Crown Prince|Chancellor|General Secretary)\b`;
const LEADERS_PAIR_AFTER = new RegExp(String.raw`^\s+(?:with\s+)?${LEADER}[^.;,]*?\sand\s+(?:the\s+)?${LEADER}`, 'u');
/** Two counterparts joined by `and`, with no comma: `Minister A and Minister B`. */
const PAIR_AFTER = /^\s+(?:with\s+)?\p{Lu}(?:[^.;,]|(?<=\b\p{Lu})\.)*?\sand\s+(?:the\s+)?\p{Lu}/u;
/** Where the list of counterparts ends: the place, date, purpose or a new clause. */
const LIST_END = /[;:]|(?<!\b\p{Lu})\.|\s(?:to|on|in|at|during|where|which|who|respectively)\s|,\s+(?:where|during|to|on|in|at|and\s+(?:discussed|agreed|exchanged))\b|\sand\s+(?:discussed|agreed|exchanged|called|asked|shared)\b/u;

/**
 * `met separately with X and Y`, `held separate meetings with X, Y and Z`, `held bilateral
 * meetings with X and Y`: the span of the counterpart list, each of whom the subject met alone.
 * Null for a trigger whose counterparts met together. `start`/`end` are the trigger's offsets.
 */
export function separateList(sentence: string, start: number, end: number): SeparateList | null {
  // Only the trigger's own clause: `After separate talks, X met with Y and Z` met them together.
  const around = sentence.slice(Math.max(0, start - 40), end).split(/[,;]/).pop()!;
  const next = sentence.slice(end, end + 50);
  const oneByOne = ONE_BY_ONE.test(around) || ONE_BY_ONE_AFTER.test(next) || (BILATERAL.test(around) && COUNTERPARTS_AFTER.test(next));
  // The plain list starts at the trigger with a name or title, not a group (`met with business leaders, including A, B and C`).
  const calls = !oneByOne && ROUND_OF_CALLS.test(sentence.slice(start, end));
  const also = calls && ALSO_BEFORE.test(sentence.slice(Math.max(0, start - 12), start));
  const after = sentence.slice(end, end + 200);
  const leaders = calls && /^met\b/.test(sentence.slice(start, end)) && LEADERS_PAIR_AFTER.test(after);
  const plainList = calls && (LIST_AFTER.test(after) || ((also || leaders) && PAIR_AFTER.test(after)));
  if (!oneByOne && !plainList) return null;
  // The trigger may hold the `with` itself (`met separately with`), or end where the list starts
  // (`met`, `met outgoing`).
  const withMatch = /\bwith$/.test(sentence.slice(start, end)) || (plainList && /^met\b(?!.*\bwith$)/.test(sentence.slice(start, end))) ? /^\s+/.exec(sentence.slice(end)) : WITH.exec(sentence.slice(end));
  if (!withMatch) return null;
  const listStart = end + withMatch[0].length;
  const rest = sentence.slice(listStart);
  const stop = LIST_END.exec(rest);
  return { start: listStart, end: listStart + (stop ? stop.index : rest.length), minimum: oneByOne || also || leaders ? 2 : 3 };
}
