import type { EventKind } from '../../domain/index.js';
import { COUNTERPART_AFTER, EVENT_HEADS, GROUP_COUNTERPART_AFTER, EVENT_VERBS, NAME_ONLY_HEADS, PLACE_AFTER_HEAD, WITH_COUNTERPART_AFTER } from '../lexicons/events.js';
import { betweenList, isMeetingGerund, isReported, theirClause } from './reported.js';
import { MEETING_VERB_PHRASINGS } from './meeting-verb-phrasings.js';
import type { Trigger } from './trigger.js';

// Longest first, so `video conference` wins over `conference`.
const HEADS = [...EVENT_HEADS.keys()].filter((h) => !NAME_ONLY_HEADS.has(h)).sort((a, b) => b.length - a.length);
const HEAD_PATTERN = new RegExp(`\\b(?:${HEADS.join('|')})\\b`, 'g');
// `the previous day and had dinner with X`: a verb or a preposition between ends the determiner's
// noun phrase, so the head is a new occasion, not `the` one under way.
const DETERMINER_BEFORE = /\b(the|this|that|these)\s+(?:(?!(?:had|has|have|held|holds|attended|hosted|joined|with|to|at|for|after|before)\s)[\w’'-]+\s+){0,4}$/i;

/** The lexicon's event verbs and the phrasing table's, tried in that order. */
const VERBS: ReadonlyArray<readonly [RegExp, EventKind, boolean]> = [
  ...EVENT_VERBS.map(([pattern, kind]) => [pattern, kind, false] as const),
  ...MEETING_VERB_PHRASINGS.map((p) => [p.pattern, p.kind, p.counterpart === true] as const),
];

/** Each verb pattern made global once, to look for it again further on in a sentence. */
const LATER: ReadonlyMap<RegExp, RegExp> = new Map(VERBS.map(([pattern]) => [pattern, new RegExp(pattern.source, `${pattern.flags}g`)]));

const inside = (triggers: readonly Trigger[], at: number): boolean => triggers.some((t) => at >= t.start && at < t.end);

/**
 * Occasions a sentence reports without naming them: a lower-case head with a holding verb
 * (`held a video conference`, `attended the groundbreaking ceremony`) or an event verb alone
 * (`met with`, `signed an MOU`). Heads inside a named trigger are left to it.
 */
export function genericTriggers(sentence: string, named: readonly Trigger[]): Trigger[] {
  const found: Trigger[] = [];
  for (const m of sentence.matchAll(HEAD_PATTERN)) {
    const end = m.index + m[0].length;
    if (inside(named, m.index) || inside(found, m.index)) continue;
    if (PLACE_AFTER_HEAD.test(sentence.slice(end))) continue;
    if (!isReported(sentence, m.index, end)) continue;
    const determiner = DETERMINER_BEFORE.exec(sentence.slice(Math.max(0, m.index - 70), m.index));
    const their = theirClause(sentence, m.index);
    const between = betweenList(sentence, end) ?? their;
    const counterpart = between !== null || WITH_COUNTERPART_AFTER.test(sentence.slice(end, end + 40)) || isMeetingGerund(sentence, m.index, end);
    const aside = their !== null && between === their;
    found.push({ name: null, head: m[0], kind: EVENT_HEADS.get(m[0])!, definite: determiner !== null, reported: true, counterpart, between, aside, start: m.index, end });
  }
  for (const [pattern, kind, reachesCounterpart] of VERBS) {
    const m = pattern.exec(sentence);
    if (!m || inside(named, m.index)) continue;
    const end = m.index + m[0].length;
    const after = sentence.slice(end, end + 40);
    const counterpart = kind !== 'signing' && (reachesCounterpart || COUNTERPART_AFTER.test(after) || (/\bmet\b/.test(m[0]) && GROUP_COUNTERPART_AFTER.test(after)));
    found.push({ name: null, head: kind === 'signing' ? 'signing' : 'meeting', kind, definite: false, reported: true, counterpart, start: m.index, end });
    // `she met A and B, …, where she met C`: the same verb again with a counterpart of its own
    // reports another meeting, in a clause of its own.
    if (!counterpart) continue;
    const later = LATER.get(pattern)!;
    later.lastIndex = end;
    for (let again = later.exec(sentence); again; again = later.exec(sentence)) {
      const laterEnd = again.index + again[0].length;
      if (!inside(named, again.index) && (reachesCounterpart || COUNTERPART_AFTER.test(sentence.slice(laterEnd, laterEnd + 40)))) {
        found.push({ name: null, head: 'meeting', kind, definite: false, reported: true, counterpart: true, start: again.index, end: laterEnd });
      }
      if (again[0].length === 0) later.lastIndex++;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
