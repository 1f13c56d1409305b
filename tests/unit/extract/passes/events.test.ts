import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/extract/nlp/index.js';
import { findCountryMentions } from '../../../../src/extract/passes/countries.js';
import { findEvents } from '../../../../src/extract/passes/events.js';

const events = (body: string, release = '2025-11-20') => {
  const text = analyse(body);
  return findEvents(text, 'A press release', release, findCountryMentions(text));
};

describe('findEvents', () => {
  it.each([
    [
      'Trade Minister Yeo presided over the Public-Private Meeting on Strengthening Responses to Trade Barriers held on Tuesday, November 18, at the KITA conference room in Seoul.',
      { name: 'Public-Private Meeting on Strengthening Responses to Trade Barriers', date: '2025-11-18', location: 'KITA conference room, Seoul', country: 'KR' },
    ],
    [
      'Minister Kim met with Kazakhstan’s Deputy Prime Minister Bozumbayev on Wednesday, October 15, at the Lotte Hotel Seoul.',
      { kind: 'bilateral', date: '2025-10-15', location: 'Lotte Hotel Seoul' },
    ],
    [
      'The Korea-Kazakhstan Business Forum was held in Astana, Kazakhstan, on November 3.',
      { name: 'Korea-Kazakhstan Business Forum', kind: 'conference', date: '2025-11-03', location: 'Astana, Kazakhstan', country: 'KZ' },
    ],
    [
      'The 23rd Exchange Conference was held in Daejeon from November 18 to 20.',
      { name: '23rd Exchange Conference', date: '2025-11-18', endDate: '2025-11-20', location: 'Daejeon' },
    ],
    [
      'Director General Kang attended the groundbreaking ceremony for the new plant in Incheon on Wednesday, November 19.',
      { kind: 'ceremony', date: '2025-11-19', location: 'Incheon' },
    ],
    [
      'The agency signed a Memorandum of Understanding on September 30 with the Uzbek agency.',
      { kind: 'signing', date: '2025-09-30' },
    ],
    [
      'The first official round of negotiations for a trade agreement between Korea and Serbia will be held in Seoul from Monday, December 1, to Thursday, December 4.',
      { kind: 'negotiation_round', date: '2025-12-01', endDate: '2025-12-04', location: 'Seoul' },
    ],
    [
      'Minister Yeo held a video conference on October 1 with Chris Bryant, the UK Minister of State at the Department for Business and Trade.',
      { kind: 'bilateral', date: '2025-10-01', location: null },
    ],
    [
      'The government held a public hearing on the accession at COEX in Seoul on Thursday, April 7.',
      { kind: 'conference', date: '2025-04-07' },
    ],
    [
      'Minister Han and Chile’s Minister of Economy co-chaired the 3rd Korea-Chile Joint Committee in Santiago on Friday, May 16.',
      { name: '3rd Korea-Chile Joint Committee', date: '2025-05-16' },
    ],
    [
      'Ministers of 12 countries gathered in Denver on May 8 for the first ministerial meeting.',
      { date: '2025-05-08' },
    ],
    [
      'In a meeting with Japanese Minister Sato on May 9, the two ministers discussed export controls.',
      { kind: 'bilateral', date: '2025-05-09' },
    ],
    ['Minister Park had talks with Canadian Minister Mary Ng in Ottawa on Tuesday, May 9.', { kind: 'bilateral', date: '2025-05-09' }],
    [
      'The agreement was signed by President Oh and Director Holm on June 20.',
      { kind: 'signing', date: '2025-06-20' },
    ],
  ])('reads the occasion in %j', (body, expected) => {
    expect(events(body)[0]).toMatchObject(expected);
  });

  it.each([
    ['Exports to the United States fell 4.0 percent in October.'],
    ['Tariff-reduction requirements have now been met, easing uncertainty.'],
    ['Kang Gam-chan, Director General for FTA Negotiations, stated that exports rose.'],
    ['The ministry will continue strengthening cooperation in the conference room business.'],
    ['The Foreign Investment Committee approved the plan, Chairman Lee said.'],
    ['The committee will review the tariff schedule next year.'],
    ['The agreement signed in 2015 cut tariffs on 90 percent of goods.'],
  ])('finds no occasion in %j', (body) => {
    expect(events(body)).toEqual([]);
  });

  it('attaches sentences that continue the latest occasion', () => {
    const [event] = events(
      'The Business Day was held on Monday, November 17, at the Fairmont Ambassador Seoul. The event brought together 80 participants, including Chairman Choi. Exports rose. Participants included Ambassador Khalid.',
    );
    expect(event?.sentenceIndexes).toEqual([0, 1, 3]);
  });

  it('merges later mentions of a named event and keeps different dates apart', () => {
    const found = events(
      'Minister Kim visited Beijing on December 11 to hold a Korea–China Trade Ministers’ Meeting with Minister Wang. The Korea–China Trade Ministers’ Meeting came a month after the two sides met on November 1 in Gyeongju.',
      '2025-12-15',
    );
    expect(found.map((e) => [e.date, e.location])).toEqual([
      ['2025-12-11', 'Beijing'],
      ['2025-11-01', 'Gyeongju'],
    ]);
    expect(found[0]?.sentenceIndexes).toEqual([0, 1]);
  });

  it.each([
    ['He first met Commissioner Lund. In a meeting with Minister Sato, they discussed steel. He then met Minister Reid.', 3],
    ['Minister Han met Director-General Okafor on Monday, February 26. On the same day, he held talks with Minister Mehta.', 2],
    ['Minister Han met with Minister Reid on March 3. During the meeting, they discussed steel. The meeting ended with a joint statement.', 1],
  ])('keeps each meeting with a named counterpart apart in %j', (body, count) => {
    expect(events(body).filter((e) => e.kind === 'bilateral')).toHaveLength(count);
  });

  it('gives every event a key unique within the document', () => {
    const found = events('Minister Kim met with Minister Wang on November 3. Minister Lee met with Minister Sato on November 4.');
    expect(new Set(found.map((e) => e.key)).size).toBe(found.length);
    expect(found).toHaveLength(2);
  });
});
