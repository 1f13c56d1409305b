import { COUNTERPART_AFTER, HOLDING_VERBS, MEETING_GERUND_BEFORE, MEETING_WITH_OPENER, WITH_COUNTERPART_AFTER } from '../lexicons/events.js';

const HELD_AFTER =
  /^[”"’]?,?\s+(?:[^\s.—–]+[\s—–]+){0,35}?(?:was|were|will be|is|are|to be)\s+(?:being\s+)?(?:held|convened|hosted|co-hosted|chaired|co-chaired|organi[sz]ed|launched|opened|under ?way)\b|^(?:\s+[^\s.,;:—–]+){0,12}?\s+(?:took place|will take place|got under ?way)\b|^[”"’]?,?\s+(?:took place|was held|held on|held in|held at|held from|will take place|kicked off|opened|began|started|concluded|closed|ended|wrapped up|brought together|got under ?way)\b|^[”"’]?(?:\s+[^\s.;]+){0,14}?,?\s+(?:attended|witnessed|co-chaired|chaired|co-hosted|presided over)\s+by\s+(?:the\s+)?\p{Lu}/u;

const ACTIVE_AT =
  /\b(?:spoke|speaking|delivered|gave|adopted|issued|led|headed|represented|presented|moderated|announced|signed|exchanged|declared|initial(?:l)?ed)\b[^.;]{0,90}?\b(?:at|during)\s+(?:the|a|an|this)\s+(?:[\w’'-]+\s+){0,6}$/;
const JOINED_EARLIER = /\b(?:was|were)\s+(?:also\s+)?(?:joined|accompanied)\s+by\b[^.;]*\b(?:at|during|for|in)\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}$/;

/**
 * `A and B agreed at their summit`, `the announcement was made by A and B after their talks`:
 * `their` is the people the sentence names, so the occasion is theirs, reported held.
 */
const THEIR_OCCASION = /\b(?:at|after|during|following|in|held)\s+their\s+(?:[\w’'-]+\s+){0,2}$/;

/** A subordinate clause after a comma: `, as A and B had agreed`, `, after A and B …`, `, when …`, `, the day …`. */
// `…, the day A and B held their summit in Tokyo`: a date told by another occasion.
const SUBORDINATE_CLAUSE = /,\s+(?:as|after|when|since|because|while|just as|the (?:same )?day)\s+(?=[^,;:]*$)/;

/**
 * `…, as President A and President B had agreed at their virtual summit in January`: an occasion
 * told in passing in a clause of its own, whose `their` is the people that clause names. Their span
 * (offsets into `sentence`), or null when the head has no `their` before it or stands in the main
 * clause (`A and B witnessed the signing after their summit luncheon`: A and B are at the signing
 * too). `start` is the head's start.
 */
export function theirClause(sentence: string, start: number): { start: number; end: number } | null {
  if (!THEIR_OCCASION.test(sentence.slice(Math.max(0, start - 60), start))) return null;
  const clause = SUBORDINATE_CLAUSE.exec(sentence.slice(0, start));
  return clause ? { start: clause.index + clause[0].length, end: start } : null;
}

/** `talks between A and B`, `summit talks in Seoul between A and B`: the head and who held it. */
// `between then trade minister A and Minister B`: a lower-case `then` or `former` title opens the list too.
// `talks in Seoul in August between A and B`: a place and a time may both come first.
const BETWEEN_AFTER = /^\s+(?:(?:in|at)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s+){0,2}between\s+(?=(?:the\s+)?\p{Lu}|(?:then|former)[-\s]+(?:\p{Ll}+\s+){0,3}\p{Lu})/u;
/** Where the list after `between` ends: a clause, the place or the date. */
// A comma ends it (`, held during`, `, Minister X and Y signed`), except inside a title's series
// (`Minister of Investment, Trade and Industry X`).
const BETWEEN_END = /[;:]|(?<!\b\p{Lu})\.|,\s+(?!\p{Lu}\p{L}*\s+and\s)|\s(?:in|on|at|to|held|during|who|which|where|that|after|before|for)\s/u;

/**
 * `summit talks between President A and President B in Brasilia`: the span of the people who held
 * the occasion (offsets into `sentence`), or null. `end` is the head's end.
 */
export function betweenList(sentence: string, end: number): { start: number; end: number } | null {
  const after = sentence.slice(end, end + 240);
  const open = BETWEEN_AFTER.exec(after);
  if (!open) return null;
  const rest = after.slice(open[0].length);
  // The `and` inside the list is no end: the first stop after it is.
  const and = rest.search(/\sand\s/);
  if (and < 0) return null;
  const stop = BETWEEN_END.exec(rest.slice(and + 5));
  const start = end + open[0].length;
  return { start, end: start + and + 5 + (stop ? stop.index : rest.length - and - 5) };
}

/**
 * `a ceremony held ahead of the X Summit`, `talks held on the sidelines of the Y Forum`: the verb
 * holds another occasion; the one named after the preposition is only its setting in time or place.
 */
const HELD_BESIDE =
  /\b(?:held|hosted|convened|organi[sz]ed)\s+(?:just\s+)?(?:ahead of|before|after|prior to|following|on the (?:sidelines|margins) of|in conjunction with|alongside)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,8}$/;

/**
 * `…, after meeting President X earlier that day`, `before meeting Minister Y`: `meeting` the verb,
 * with whom right after it; a meeting with that counterpart. `start`/`end` are the head's offsets.
 */
export function isMeetingGerund(sentence: string, start: number, end: number): boolean {
  return sentence.slice(start, end) === 'meeting' && MEETING_GERUND_BEFORE.test(sentence.slice(Math.max(0, start - 12), start)) && COUNTERPART_AFTER.test(sentence.slice(end, end + 40));
}

/**
 * Whether the words around an event head report the occasion happening: `held the X`,
 * `X was held`, `X took place`, `In a meeting with X`. `start`/`end` are the head's offsets into
 * `sentence`.
 */
export function isReported(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 90), start).split(/[,;]/).pop() ?? '';
  if ((HOLDING_VERBS.test(before) && !HELD_BESIDE.test(before)) || HELD_AFTER.test(sentence.slice(end, end + 320))) return true;
  // `spoke at the opening session`, `led the delegation at the fourth round`: taking part in it.
  if (ACTIVE_AT.test(sentence.slice(Math.max(0, start - 120), start))) return true;
  if (THEIR_OCCASION.test(sentence.slice(Math.max(0, start - 60), start))) return true;
  // `X was joined by Y, and Z by W, at the talks`: company kept at the occasion reports it.
  if (JOINED_EARLIER.test(sentence.slice(Math.max(0, start - 200), start))) return true;
  if (BETWEEN_AFTER.test(sentence.slice(end, end + 80))) return true;
  if (isMeetingGerund(sentence, start, end)) return true;
  return WITH_COUNTERPART_AFTER.test(sentence.slice(end, end + 40)) && MEETING_WITH_OPENER.test(sentence.slice(Math.max(0, start - 40), start));
}
