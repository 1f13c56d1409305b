import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../../src/domain/index.js';
import type { AnalysedText } from '../../../../src/extract/analysed-text.js';
import type { PersonFinding } from '../../../../src/extract/findings.js';
import { analyse } from '../../../../src/extract/nlp/index.js';
import { findCountryMentions } from '../../../../src/extract/passes/countries.js';
import { findEvents } from '../../../../src/extract/passes/events.js';
import { linkParticipants } from '../../../../src/extract/passes/participants.js';

/** Persons as the persons pass would give them: every occurrence of each listed name. */
function personsIn(text: AnalysedText, names: readonly string[]): PersonFinding[] {
  return names.map((name, i) => {
    const mentions: Mention[] = [];
    for (let at = text.text.indexOf(name); at >= 0; at = text.text.indexOf(name, at + name.length)) {
      const sentence = [...text.sentences].reverse().find((s) => s.start <= at)!;
      mentions.push({ text: name, start: at, end: at + name.length, sentenceIndex: sentence.index });
    }
    return { localId: `p${i + 1}`, name, mentions };
  });
}

function participants(body: string, names: readonly string[]): string[] {
  const text = analyse(body);
  const persons = personsIn(text, names);
  const events = findEvents(text, 'A press release', '2025-11-20', findCountryMentions(text));
  const links = linkParticipants(events, persons, text);
  return [...new Set(links.map((l) => persons.find((p) => p.localId === l.personLocalId)!.name))].sort();
}

describe('linkParticipants', () => {
  it.each([
    ['Minister Kim met with Deputy Prime Minister Bozumbayev on Wednesday, October 15, in Seoul.', ['Kim', 'Bozumbayev'], ['Bozumbayev', 'Kim']],
    [
      'Director Kang attended the groundbreaking ceremony in Incheon on Wednesday, November 19. He joined Kevin Engel, COO of the company; Yun Won-sok, Commissioner; and partners.',
      ['Kang', 'Kevin Engel', 'Yun Won-sok'],
      ['Kang', 'Kevin Engel', 'Yun Won-sok'],
    ],
    [
      'The Business Day was held on Monday, November 17, in Seoul. The event brought together 80 participants, including Chairman Choi Jin-shik and President Youn Young-mi.',
      ['Choi Jin-shik', 'Youn Young-mi'],
      ['Choi Jin-shik', 'Youn Young-mi'],
    ],
    [
      'The agency (President Kim Dae-ja) signed an MOU on September 30 with the Uzbek agency (Director Akmal Jumanazarov).',
      ['Kim Dae-ja', 'Akmal Jumanazarov'],
      ['Akmal Jumanazarov', 'Kim Dae-ja'],
    ],
  ])('finds who took part in %j', (body, names, expected) => {
    expect(participants(body, names)).toEqual(expected);
  });

  it.each([
    [
      'The Ministry (MOTIR, Minister Kim Jung-kwan) held the 5th Policy Forum in Seoul on Tuesday, December 2. In his opening remarks, Park Jung-sung welcomed guests.',
      ['Kim Jung-kwan', 'Park Jung-sung'],
      'Kim Jung-kwan',
    ],
    [
      'On the occasion of President Lee Jae Myung’s state visit, Minister Kim met with Minister Zeyoudi on November 18.',
      ['Lee Jae Myung', 'Kim', 'Zeyoudi'],
      'Lee Jae Myung',
    ],
    [
      'Minister Yeo met with Ambassador Das on December 10. Minister Yeo said, “As President Modi noted, trade matters.”',
      ['Yeo', 'Das', 'Modi'],
      'Modi',
    ],
    [
      'The forum was held on November 28 in Seoul, following the launch of the Trump administration, with Deputy Minister Park.',
      ['Trump', 'Park'],
      'Trump',
    ],
    [
      'Minister Moon attended the summit held on Thursday, October 16, marking the visit of Crown Princess Victoria to Korea.',
      ['Moon', 'Crown Princess Victoria'],
      'Crown Princess Victoria',
    ],
  ])('leaves out a person merely named in %j', (body, names, absent) => {
    expect(participants(body, names)).not.toContain(absent);
  });

  it('gives a role from the sentence and the span that names the person', () => {
    const body = 'Minister Kim met with Minister Wang on November 3 in Seoul.';
    const text = analyse(body);
    const persons = personsIn(text, ['Minister Kim', 'Minister Wang']);
    const links = linkParticipants(findEvents(text, 't', '2025-11-20', []), persons, text);
    expect(links.map((l) => [l.personLocalId, l.role])).toEqual([
      ['p1', 'attendee'],
      ['p2', 'counterpart'],
    ]);
    expect(body.slice(links[1]!.start, links[1]!.end)).toBe('Minister Wang');
  });

  it('links nobody when the document reports no occasion', () => {
    const text = analyse('Minister Kim stated that exports rose. Minister Lee agreed.');
    expect(linkParticipants([], personsIn(text, ['Minister Kim', 'Minister Lee']), text)).toEqual([]);
  });
});
