import type { AnalysedText } from '../analysed-text.js';
import { impliedSubjects, type PlacedPerson } from '../events/implied-subjects.js';
import { withShortMentions } from '../events/short-mentions.js';
import type { PersonFinding } from '../findings.js';
import { isNamedNotPresent } from '../events/not-present-phrasings.js';
import { OWN_MEETING_AFTER, PARTICIPATION_ROLES } from '../lexicons/events.js';
import type { EventFinding } from './events.js';

/** A person taking part in an occasion, with the role the sentence gives and the span that says so. */
export interface ParticipationFinding {
  readonly eventKey: string;
  readonly personLocalId: string;
  /** `host`, `presider`, `speaker`, `signatory`, `counterpart` or `attendee`. */
  readonly role: string;
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
}

const depth = (text: string, open: string, close: string): number =>
  [...text].reduce((n, ch) => n + (ch === open ? 1 : ch === close ? -1 : 0), 0);

/** Inside `(MOTIR, Minister Kim)`: the head of a body named in passing, not someone present. */
const inParentheses = (before: string): boolean => depth(before, '(', ')') > 0;

/** Inside a quotation: someone a speaker talks about. */
const inQuotation = (before: string): boolean => depth(before, '“', '”') > 0;

/**
 * `President Lee’s state visit`, `Minister Bryant’s request`, `met Rhodes’ predecessor`: named in
 * passing; but `the President’s meeting with X` names one who met.
 */
const OWN_MEETING = new RegExp(`^${OWN_MEETING_AFTER}`);
const isPossessive = (after: string): boolean => /^[’'](?:s\b|(?=\s))/.test(after) && !OWN_MEETING.test(after);

/** `the Trump administration`: a name modifying a noun names an era or a body, not someone present. */
const isModifier = (after: string): boolean =>
  /^\s+(?:administration|government|era|cabinet|campaign|doctrine|tariffs?|polic(?:y|ies))\b/.test(after);

function roleOf(before: string, after: string): string {
  for (const [pattern, role, side] of PARTICIPATION_ROLES) {
    if (side === 'after' ? pattern.test(after.slice(0, 160)) : pattern.test(before.slice(-120))) return role;
  }
  return 'attendee';
}

interface Candidate extends PlacedPerson {
  readonly bracketed: boolean;
}

/** Everyone each sentence names, in text order, less those named in passing. */
function candidatesBySentence(persons: readonly PersonFinding[], text: AnalysedText): Map<number, Candidate[]> {
  const found = new Map<number, Candidate[]>();
  for (const person of persons) {
    for (const mention of person.mentions) {
      const sentence = text.sentences[mention.sentenceIndex];
      if (!sentence) continue;
      const before = text.text.slice(sentence.start, mention.start);
      const after = text.text.slice(mention.end, sentence.end);
      if (inQuotation(before) || isPossessive(after) || isModifier(after) || isNamedNotPresent(before, after)) continue;
      const list = found.get(sentence.index) ?? [];
      list.push({ person, mention, bracketed: inParentheses(before) });
      found.set(sentence.index, list);
    }
  }
  for (const list of found.values()) list.sort((a, b) => a.mention.start - b.mention.start);
  return found;
}

/**
 * Links each event to the people who took part in it: those named in the sentences that report or
 * continue it (`met with`, `attended`, `Participants included`, `He joined X; Y; and Z`), by full
 * name or by a bare family name (`Ahn then met…`), and those a sentence means without naming
 * (`He first met X`, `In a meeting with X`, `The two ministers signed…`). A person named in passing
 * is left out — inside a quotation, in a possessive (`President Lee’s state visit`), as the visitor
 * an occasion marks, or in brackets after a body (`MOTIR (Minister Kim) held…`) unless the brackets
 * hold the only people of a signing or meeting sentence (`KATS (President Kim) signed an MOU with
 * the Agency (Director Jumanazarov)`).
 */
export function linkParticipants(
  events: readonly EventFinding[],
  persons: readonly PersonFinding[],
  text: AnalysedText,
): ParticipationFinding[] {
  const named = candidatesBySentence(withShortMentions(persons, text), text);
  const implied = impliedSubjects(text.sentences, (s) => named.get(s.index) ?? []);
  const links: ParticipationFinding[] = [];
  const seen = new Set<string>();
  // `summit talks between A and B`: A and B are that occasion's, and only they are.
  const owned = new Map<number, { start: number; end: number }[]>();
  for (const event of events) for (const span of event.between) owned.set(span.sentenceIndex, [...(owned.get(span.sentenceIndex) ?? []), span]);
  // `met A, and she also held talks with B`: A is the first clause's occasion's alone, B the second's.
  const clauseOwned = new Map<number, { start: number; end: number }[]>();
  for (const event of events) for (const span of event.clauses) clauseOwned.set(span.sentenceIndex, [...(clauseOwned.get(span.sentenceIndex) ?? []), span]);
  const within = (spans: readonly { start: number; end: number }[], at: number): boolean => spans.some((s) => at >= s.start && at < s.end);
  for (const event of events) {
    for (const index of event.sentenceIndexes) {
      const sentence = text.sentences[index];
      if (!sentence || event.settingIn.includes(index)) continue;
      const meant = (implied.get(index) ?? []).map((p) => ({ ...p, bracketed: false }));
      const own = event.between.filter((s) => s.sentenceIndex === index);
      const others = owned.get(index) ?? [];
      const ownClauses = event.clauses.filter((s) => s.sentenceIndex === index);
      const otherClauses = clauseOwned.get(index) ?? [];
      const inClause = (at: number): boolean => within(ownClauses, at) || !within(otherClauses, at);
      const belongs = (at: number): boolean => (own.length > 0 ? within(own, at) : !within(others, at) && inClause(at));
      const candidates = [...(named.get(index) ?? []), ...meant].filter((c) => belongs(c.mention.start)).sort((a, b) => a.mention.start - b.mention.start);
      const open = candidates.filter((c) => !c.bracketed);
      const bracketsCount = open.length === 0 && /\b(?:signed|met)\b/.test(sentence.text);
      for (const { person, mention, bracketed } of candidates) {
        if (bracketed && !bracketsCount) continue;
        const key = `${event.key}\u0000${person.localId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const before = text.text.slice(sentence.start, mention.start);
        const after = text.text.slice(mention.end, sentence.end);
        links.push({
          eventKey: event.key,
          personLocalId: person.localId,
          role: roleOf(before, after),
          sentenceIndex: index,
          start: mention.start,
          end: mention.end,
        });
      }
    }
  }
  return links;
}
