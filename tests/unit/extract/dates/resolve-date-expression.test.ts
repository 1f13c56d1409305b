import { describe, expect, it } from 'vitest';
import { findDateExpressions, resolveDateExpression } from '../../../../src/extract/dates/index.js';

const resolve = (sentence: string, release: string | null, future = false) => {
  const [expression] = findDateExpressions(sentence);
  if (!expression) throw new Error(`no date expression in ${sentence}`);
  return resolveDateExpression(expression, release, { future });
};

describe('resolveDateExpression', () => {
  it.each([
    ['held on Tuesday, November 18, in Seoul', '2025-11-20', '2025-11-18', null],
    ['announced on November 20 that', '2025-11-20', '2025-11-20', null],
    ['met on December 30 in Seoul', '2026-01-02', '2025-12-30', null],
    ['will open on Friday, December 12, in Ulaanbaatar', '2025-12-11', '2025-12-12', null],
    ['held from November 18 to 20 in Daejeon', '2025-11-20', '2025-11-18', '2025-11-20'],
    ['held from December 30 to January 2 in Seoul', '2026-01-05', '2025-12-30', '2026-01-02'],
    ['from Monday, December 1, to Thursday, December 4', '2025-12-01', '2025-12-01', '2025-12-04'],
    ['visited Beijing from Thursday, December 11 to Friday, December 12, 2025, to', '2025-12-15', '2025-12-11', '2025-12-12'],
    ['held in Beijing in a meeting on 5 June 2018', '2025-12-15', '2018-06-05', null],
    ['met on the 18th in Seoul', '2025-11-20', '2025-11-18', null],
    ['met on the 28th in Seoul', '2025-12-02', '2025-11-28', null],
    ['met on Tuesday to discuss trade', '2025-11-20', '2025-11-18', null],
    ['announced today that', '2025-10-15', '2025-10-15', null],
    ['held in Lima on May 17 and 18 and', '2019-05-20', '2019-05-17', '2019-05-18'],
    ['a summit on December 31 and 1 in Seoul', '2026-01-02', '2025-12-31', null],
    // Without `last year` the nearest March 5 at or before the release would be this year's.
    ['when he visited on March 5 last year', '2020-07-09', '2019-03-05', null],
    ['signed on March 21 this year, and', '2011-07-29', '2011-03-21', null],
  ])('resolves %j released %s to %s', (sentence, release, date, endDate) => {
    expect(resolve(sentence, release)).toEqual({ date, endDate });
  });

  it.each([
    ['set for March 26–29 in Cameroon', '2025-12-10', '2026-03-26', '2026-03-29'],
    ['a summit scheduled for January 15 in Seoul', '2025-12-10', '2026-01-15', null],
    ['talks will be held on Monday, December 1, in Seoul', '2025-12-01', '2025-12-01', null],
  ])('resolves the future %j released %s to %s', (sentence, release, date, endDate) => {
    expect(resolve(sentence, release, true)).toEqual({ date, endDate });
  });

  it('uses the weekday to choose the year the text leaves out', () => {
    // 18 November fell on a Tuesday in 2025 and on a Monday in 2024.
    expect(resolve('met on Monday, November 18, in Seoul', '2025-11-20')).toEqual({ date: '2024-11-18', endDate: null });
  });

  it.each([
    ['held on November 18 in Seoul', null],
    ['announced today that', null],
  ])('gives no date for %j when the release date is unknown and the text has no year', (sentence, release) => {
    expect(resolve(sentence, release)).toBeNull();
  });

  it('keeps a full date even when the release date is unknown', () => {
    expect(resolve('signed on 18 November 2025 in Seoul', null)).toEqual({ date: '2025-11-18', endDate: null });
  });

  it('gives no date for a day that does not exist', () => {
    expect(resolve('signed on February 30, 2025 in Seoul', '2025-03-01')).toBeNull();
  });
});
