import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../../../src/extract/dates/index.js';

describe('findDateExpressions', () => {
  it.each([
    ['held on Tuesday, November 18, at the KITA conference room', 'Tuesday, November 18', { month: 11, day: 18, weekday: 2, year: null }, null],
    ['announced on November 20 that exports rose', 'November 20', { month: 11, day: 20, weekday: null, year: null }, null],
    ['signed on 18 November 2025 in Seoul', '18 November 2025', { month: 11, day: 18, year: 2025 }, null],
    ['met on the 18th in Seoul', 'the 18th', { month: null, day: 18 }, null],
    ['The forum on the 24th was attended by', 'the 24th', { month: null, day: 24 }, null],
    ['held in Daejeon from November 18 to 20.', 'November 18 to 20', { month: 11, day: 18 }, { month: null, day: 20 }],
    ['set for March 26–29 in Cameroon', 'March 26–29', { month: 3, day: 26 }, { day: 29 }],
    ['the Council on December 16-17.', 'December 16-17', { month: 12, day: 16 }, { day: 17 }],
    [
      'held in Seoul from Monday, December 1, to Thursday, December 4.',
      'Monday, December 1, to Thursday, December 4',
      { month: 12, day: 1, weekday: 1 },
      { month: 12, day: 4, weekday: 4 },
    ],
    [
      'visited Beijing from Thursday, December 11 to Friday, December 12, 2025, to hold talks',
      'Thursday, December 11 to Friday, December 12, 2025',
      { month: 12, day: 11, year: 2025 },
      { month: 12, day: 12, year: 2025 },
    ],
    ['signed on Sept. 3 in Tashkent', 'Sept. 3', { month: 9, day: 3 }, null],
    ['held in Lima on May 17 and 18 and', 'May 17 and 18', { month: 5, day: 17 }, { month: null, day: 18 }],
    ['will hold a summit on November 7 and 8.', 'November 7 and 8', { month: 11, day: 7 }, { day: 8 }],
    ['met on June 3 and 10 in Seoul', 'June 3 and 10', { month: 6, day: 3 }, null],
    ['signed in Seoul on March 26 last year', 'March 26 last year', { month: 3, day: 26, year: null, yearOffset: -1 }, null],
    ['signed on March 21 this year, and', 'March 21 this year', { month: 3, day: 21, yearOffset: 0 }, null],
  ])('reads %j as %j', (sentence, text, from, to) => {
    const [found] = findDateExpressions(sentence);
    expect(found?.text).toBe(text);
    expect(found?.from).toMatchObject(from);
    if (to === null) expect(found?.to).toBeNull();
    else expect(found?.to).toMatchObject(to);
    expect(sentence.slice(found!.start, found!.end)).toBe(text);
  });

  it.each([
    ['met on Tuesday to discuss trade', { weekday: 2, day: null }],
  ])('reads a bare weekday after "on" in %j', (sentence, from) => {
    expect(findDateExpressions(sentence)[0]?.from).toMatchObject(from);
  });

  it.each([
    ['announced today that exports rose', 0],
    ['said yesterday that talks went well', -1],
  ])('reads a relative day in %j', (sentence, days) => {
    expect(findDateExpressions(sentence)[0]?.relativeDays).toBe(days);
  });

  it.each([
    ['exports in October 2025 rose 12.7 percent'],
    ['the 23rd Pan-Yellow Sea Rim Conference'],
    ['presided over the 25th meeting of the Alder Commission'],
    ['to mark the 60th anniversary of relations'],
    ['for the 13th consecutive year'],
    ['At the 13th Korea–Japan–China Ministers’ Meeting'],
    ['a 25 percent tariff on 75 percent of volumes'],
    ['for January–October 2025 reached a high'],
    ['signed in May 2024 and ratified'],
    ['one of the world’s top five powers'],
    ['We may see growth on Tuesdays.'],
    ['exports rose 17 and 18 percent'],
  ])('finds no day in %j', (sentence) => {
    expect(findDateExpressions(sentence)).toEqual([]);
  });

  it('finds every date in a sentence, in order', () => {
    const found = findDateExpressions('first on November 1 in Gyeongju, then on December 11 in Beijing');
    expect(found.map((e) => e.text)).toEqual(['November 1', 'December 11']);
  });
});
