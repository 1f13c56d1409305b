import { describe, expect, it } from 'vitest';
import { findMonthDates } from '../../../../src/extract/dates/index.js';

const months = (sentence: string, future = false): string[] => findMonthDates(sentence, '2024-06-15', future).map((m) => m.month);

describe('findMonthDates', () => {
  it.each([
    ['the two leaders met in March 2019', ['2019-03']],
    ['they agreed in early May 2012 to resume talks', ['2012-05']],
    ['the two presidents agreed in June, 2023', ['2023-06']],
    ['a month up to the release’s is this year’s', ['2024-04'], 'they met in April'],
    ['a later month is last year’s', ['2023-11'], 'they met in November'],
    ['`last` is strictly before the release’s month', ['2023-06'], 'they met last June'],
    ['`last year` after a month counts back from the release’s year', ['2023-03'], 'they met in March last year'],
    ['`this year` after a month is the release’s year', ['2024-02'], 'talks resumed in February this year'],
    ['`last year` holds even for a month after the release’s', ['2023-11'], 'the CEPA was concluded in November last year'],
    ['`last month’s` is the month before the release’s', ['2024-05'], 'the meetings followed up on last month’s summit in Seoul'],
    ['`last month` after a place', ['2024-05'], 'at their meeting in Phnom Penh last month, the leaders agreed'],
    ['`next month` is the month after the release’s', ['2024-07'], 'the committee will meet next month'],
  ])('reads %s', (...args) => {
    const [label, expected, sentence] = args as [string, string[], string?];
    expect(months(sentence ?? label)).toEqual(expected);
  });

  it('counts `last month` back over a year’s end', () => {
    expect(findMonthDates('they met last month', '2025-01-10').map((m) => m.month)).toEqual(['2024-12']);
  });

  it('looks ahead in a sentence about the future', () => {
    expect(months('the committee will meet in March', true)).toEqual(['2025-03']);
  });

  it.each([
    ['a day, read by the day reader', 'they met in May 15'],
    ['a bound of a span', 'the FTA has been in force since March 2019'],
    ['the verb may', 'officials may visit in due course'],
    ['a month inside a word', 'the Marchetti plan in Junes'],
    ['a span of months counted back', 'exports rose for the last months of the year'],
  ])('leaves out %s', (_case, sentence) => {
    expect(months(sentence)).toEqual([]);
  });
});
