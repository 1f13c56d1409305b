import type { OrganizationFinding } from '../findings.js';
import type { Sentences } from './01-sentences.js';
import type { CountryMention } from './countries.js';
import { detectPersons } from '../persons/detect.js';
import { groupPersons, type PersonRecord } from '../persons/person-group.js';
import type { PersonCandidate } from '../persons/candidate.js';

/**
 * Step 3: the people a document names, with every form it uses for each (`Yeo Han-koo`,
 * `Trade Minister Yeo`) and the title phrases around them. Names never overlap a body's or a
 * country's name.
 */
export function findPersons(sentences: Sentences, orgs: readonly OrganizationFinding[], countries: readonly CountryMention[]): PersonRecord[] {
  const orgSpans = orgs.flatMap((o) => o.mentions);
  const blocked = {
    has: (offset: number): boolean =>
      orgSpans.some((m) => offset >= m.start && offset < m.end) || countries.some((c) => offset >= c.start && offset < c.end),
  };
  const candidates: PersonCandidate[] = [];
  sentences.words.forEach((words, sentenceIndex) => {
    const orgMap = new Map(orgSpans.filter((m) => m.sentenceIndex === sentenceIndex).map((m) => [m.start, m.end] as const));
    const countryStarts = new Set(countries.filter((c) => c.sentenceIndex === sentenceIndex).map((c) => c.start));
    candidates.push(
      ...detectPersons({ body: sentences.text.text, words, orgs: orgMap, countries: countryStarts, sentenceIndex, blocked }),
    );
  });
  return groupPersons(candidates);
}
