import type { Mention } from '../../../../src/domain/index.js';
import type { AnalysedText } from '../../../../src/extract/analysed-text.js';
import type { PersonFinding } from '../../../../src/extract/findings.js';
import { analyse } from '../../../../src/extract/nlp/index.js';
import { findCountryMentions } from '../../../../src/extract/passes/countries.js';
import { findEvents } from '../../../../src/extract/passes/events.js';
import { linkParticipants } from '../../../../src/extract/passes/participants.js';
import { separateMeetings } from '../../../../src/extract/events/index.js';

/** Persons as the persons pass would give them: every occurrence of each listed name. */
function personsIn(text: AnalysedText, names: readonly string[]): PersonFinding[] {
  return names.map((name, i) => {
    const mentions: Mention[] = [];
    for (let at = text.text.indexOf(name); at >= 0; at = text.text.indexOf(name, at + name.length)) {
      const sentence = text.sentences.findLast((s) => s.start <= at)!;
      mentions.push({ text: name, start: at, end: at + name.length, sentenceIndex: sentence.index });
    }
    return { localId: `p${i + 1}`, name, mentions };
  });
}

/**
 * Each occasion's participants with two or more, names sorted, occasions in order: the groups a
 * reader would say met. `names` stands in for the persons pass.
 */
export function meetingGroups(body: string, names: readonly string[], release = '2025-11-20'): string[][] {
  const text = analyse(body);
  const persons = personsIn(text, names);
  const found = findEvents(text, 'A press release', release, findCountryMentions(text));
  const { events, participation } = separateMeetings(found, linkParticipants(found, persons, text), text.text);
  const name = (id: string): string => persons.find((p) => p.localId === id)!.name;
  return events
    .map((e) => [...new Set(participation.filter((l) => l.eventKey === e.key).map((l) => name(l.personLocalId)))].sort())
    .filter((group) => group.length >= 2);
}

/** Whether any occasion has both `a` and `b` among its participants. */
export const pairMet = (groups: readonly string[][], a: string, b: string): boolean => groups.some((g) => g.includes(a) && g.includes(b));
