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

/** Each occasion's participants, for occasions with two or more: the pairs a reader would say met. */
function meetings(body: string, names: readonly string[]): string[][] {
  const text = analyse(body);
  const persons = personsIn(text, names);
  const events = findEvents(text, 'A press release', '2025-11-20', findCountryMentions(text));
  const links = linkParticipants(events, persons, text);
  const name = (id: string) => persons.find((p) => p.localId === id)!.name;
  return events
    .map((e) => [...new Set(links.filter((l) => l.eventKey === e.key).map((l) => name(l.personLocalId)))].sort())
    .filter((group) => group.length >= 2);
}

describe('linkParticipants', () => {
  it.each([
    [
      'co-chairs, the second in apposition',
      'Minister Han Ji-su and Rafael Ortega, Chile’s Minister of Economy, co-chaired the 3rd Korea-Chile Joint Committee in Santiago on Friday, May 16.',
      ['Han Ji-su', 'Rafael Ortega'],
      [['Han Ji-su', 'Rafael Ortega']],
    ],
    [
      'a joint committee held by video conference',
      'Minister Han Ji-su and Peruvian Minister of Trade Ana Quispe held the 2nd Korea-Peru FTA Joint Committee by video conference on June 3.',
      ['Han Ji-su', 'Ana Quispe'],
      [['Ana Quispe', 'Han Ji-su']],
    ],
    [
      'a passive signing and a guest at the ceremony',
      'The institute signed a memorandum of understanding with the Danish institute on June 20. The agreement was signed by President Oh Min-ho and Director Lars Holm. Yoon Dae-ho, Director-General at the ministry, who attended the ceremony, said the timing was right.',
      ['Oh Min-ho', 'Lars Holm', 'Yoon Dae-ho'],
      [['Lars Holm', 'Oh Min-ho', 'Yoon Dae-ho']],
    ],
    [
      'passive co-hosts and the home representative',
      'Ministers of 12 countries gathered in Denver on May 8 for a ministerial meeting. The meeting was co-hosted by Secretary Laura Grant and Secretary Paul Weiss. Korea was represented by Minister Han Ji-su.',
      ['Laura Grant', 'Paul Weiss', 'Han Ji-su'],
      [['Han Ji-su', 'Laura Grant', 'Paul Weiss']],
    ],
    [
      'a series of bilaterals told with a pronoun, an opener and a bare family name',
      'Minister Han Ji-su held a series of bilateral meetings in Geneva on Sunday, June 12. He first met Commissioner Erik Lund and discussed steel. In a meeting with Japanese Minister Sato Kenji, the two ministers discussed export controls. Han then met Australian Minister Tom Reid.',
      ['Han Ji-su', 'Erik Lund', 'Sato Kenji', 'Tom Reid'],
      [
        ['Erik Lund', 'Han Ji-su'],
        ['Han Ji-su', 'Sato Kenji'],
        ['Han Ji-su', 'Tom Reid'],
      ],
    ],
    [
      'talks with a counterpart named by family name alone',
      'The meeting was held in Denver on May 8 with Secretary Laura Grant. On the margins of the meeting, Minister Han Ji-su held bilateral talks with Grant. He also met Minister Budi Santoso.',
      ['Laura Grant', 'Han Ji-su', 'Budi Santoso'],
      [
        ['Han Ji-su', 'Laura Grant'],
        ['Budi Santoso', 'Han Ji-su'],
      ],
    ],
    [
      'two talks on the same day kept apart',
      'Minister Han Ji-su met Director-General Amara Okafor on Monday, February 26, in Abu Dhabi. On the same day, Han held talks with Ravi Mehta, India’s Minister of Commerce.',
      ['Han Ji-su', 'Amara Okafor', 'Ravi Mehta'],
      [
        ['Amara Okafor', 'Han Ji-su'],
        ['Han Ji-su', 'Ravi Mehta'],
      ],
    ],
    [
      'a hearing, its presenter and its panel',
      'The government held a public hearing on the accession in Seoul on April 7. The hearing was chaired by Choi Hye-jin, Director-General for FTA Policy, and Dr. Baek Sun-woo presented the results of a study. Panelists included Professor Jang Mi-rae and Ko Tae-yang, a researcher.',
      ['Choi Hye-jin', 'Baek Sun-woo', 'Jang Mi-rae', 'Ko Tae-yang'],
      [['Baek Sun-woo', 'Choi Hye-jin', 'Jang Mi-rae', 'Ko Tae-yang']],
    ],
    [
      'delegations led by their heads',
      'The 5th round of negotiations was held in Montevideo on May 2. The Korean delegation was led by Moon Ji-ho, Director-General for FTA Negotiations, and the MERCOSUR side by Lucas Pereira.',
      ['Moon Ji-ho', 'Lucas Pereira'],
      [['Lucas Pereira', 'Moon Ji-ho']],
    ],
    [
      'the two sides meeting again, later',
      'Minister Han Ji-su met Minister Rafael Ortega in Seoul on March 3. The two sides met on May 5 in Santiago to review progress.',
      ['Han Ji-su', 'Rafael Ortega'],
      [
        ['Han Ji-su', 'Rafael Ortega'],
        ['Han Ji-su', 'Rafael Ortega'],
      ],
    ],
  ])('groups who met for %s', (_case, body, names, expected) => {
    expect(meetings(body, names)).toEqual(expected);
  });

  it.each([
    [
      'a second counterpart on the same day',
      'Minister Han Ji-su met Director-General Amara Okafor on Monday, February 26. On the same day, Han held talks with Ravi Mehta.',
      ['Han Ji-su', 'Amara Okafor', 'Ravi Mehta'],
      ['Amara Okafor', 'Ravi Mehta'],
    ],
    [
      'a visitor whose visit is the occasion, behind a long title',
      'Minister Han Ji-su and Energy Minister Prince Faisal attended the investment forum in Seoul on November 17, on the occasion of the visit of Saudi Crown Prince and Prime Minister Khalid bin Nasser.',
      ['Han Ji-su', 'Prince Faisal', 'Khalid bin Nasser'],
      ['Han Ji-su', 'Khalid bin Nasser'],
    ],
    [
      'a family name shared by two people',
      'Minister Kim Do-yun met Governor Park Se-ra on May 2. Kim Ha-na, a researcher, attended. Later, Kim met Ambassador John Reyes.',
      ['Kim Do-yun', 'Park Se-ra', 'Kim Ha-na', 'John Reyes'],
      ['Kim Ha-na', 'John Reyes'],
    ],
    [
      'a pronoun when the sentence names its own subject',
      'Minister Han Ji-su met Minister Rafael Ortega on March 3. Minister Lee Bo-ra met Ambassador John Reyes on March 4, and he said trade matters.',
      ['Han Ji-su', 'Rafael Ortega', 'Lee Bo-ra', 'John Reyes'],
      ['Han Ji-su', 'John Reyes'],
    ],
  ])('does not pair people across %s', (_case, body, names, [a, b]) => {
    expect(meetings(body, names).some((group) => group.includes(a!) && group.includes(b!))).toBe(false);
  });

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
