import type { OrganizationFinding } from '../findings.js';
import type { Sentences } from './01-sentences.js';
import type { CountryMention } from './countries.js';
import { detectPersons } from '../persons/detect.js';
import { groupPersons, type PersonRecord } from '../persons/person-group.js';
import type { PersonCandidate } from '../persons/candidate.js';
import { findDateExpressions } from '../dates/index.js';
import type { Word } from '../words.js';

/**
 * Step 3: the people a document names, with every form it uses for each (`Ahn Bo-ram`,
 * `Trade Minister Seo`) and the title phrases around them. Names never overlap a body's or a
 * country's name.
 */
export function findPersons(sentences: Sentences, orgs: readonly OrganizationFinding[], countries: readonly CountryMention[]): PersonRecord[] {
  // One flag per character of the body: constant-time checks however many bodies the text names.
  const mask = new Uint8Array(sentences.text.text.length);
  const orgsBySentence = sentences.words.map(() => new Map<number, number>());
  for (const o of orgs) {
    for (const m of o.mentions) {
      mask.fill(1, m.start, m.end);
      orgsBySentence[m.sentenceIndex]?.set(m.start, m.end);
    }
  }
  const countriesBySentence = sentences.words.map(() => new Map<number, number>());
  for (const c of countries) {
    mask.fill(1, c.start, c.end);
    countriesBySentence[c.sentenceIndex]?.set(c.start, c.end);
  }
  const blocked = { has: (offset: number): boolean => mask[offset] === 1 };
  const candidates: PersonCandidate[] = [];
  sentences.words.forEach((words, sentenceIndex) => {
    const orgMap = orgsBySentence[sentenceIndex]!;
    const countryStarts = countriesBySentence[sentenceIndex]!;
    for (const c of detectPersons({ body: sentences.text.text, words, orgs: orgMap, countries: countryStarts, sentenceIndex, blocked })) candidates.push(datedEarlierPosts(c, sentences.text.text, words));
  });
  return groupPersons(candidates);
}

/**
 * `then Minister for Trade`, `then-Secretary General`: the word before the title, or its hyphened
 * prefix, makes it the post held at the sentence's time.
 */
const isThenAt = (text: string, start: number, sentenceStart: number): boolean =>
  text.startsWith('then-', start) || (text.endsWith('then ', start) && (start - 5 === sentenceStart || !/\p{L}/u.test(text[start - 6] ?? '')));

/**
 * `The pact was signed on February 21, 2013 by then Minister for Trade Jane Doe`: a post written as
 * held `then` is dated by the sentence's first date that gives a year (or counts one from the
 * release's, `last year`), for the positions pass to name the body of that day. Other candidates
 * come back as they are.
 */
function datedEarlierPosts(candidate: PersonCandidate, text: string, words: readonly Word[]): PersonCandidate {
  const sentenceStart = words[0]?.start ?? 0;
  if (!candidate.contexts.some((c) => isThenAt(text, c.start, sentenceStart))) return candidate;
  const sentence = text.slice(sentenceStart, words.at(-1)!.end);
  const held = findDateExpressions(sentence).find((d) => d.from.year !== null || d.from.yearOffset !== null)?.from;
  if (!held) return candidate;
  return { ...candidate, contexts: candidate.contexts.map((c) => (isThenAt(text, c.start, sentenceStart) ? { ...c, heldIn: held } : c)) };
}
