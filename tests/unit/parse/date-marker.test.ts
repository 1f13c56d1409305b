import { describe, expect, it } from 'vitest';
import { takeDateMarker } from '../../../src/parse/date-marker.js';
import { isIsoDate } from '../../../src/parse/iso-date.js';

describe('takeDateMarker', () => {
  it.each([
    ['Body. date2025-11-21', 'Body.', 'date2025-11-21', '2025-11-21'],
    ['Body.date2008-07-11', 'Body.', 'date2008-07-11', '2008-07-11'],
    ['he said, “in time.”date2016-05-03', 'he said, “in time.”', 'date2016-05-03', '2016-05-03'],
    ['(see annex)date2014-06-18', '(see annex)', 'date2014-06-18', '2014-06-18'],
    ['cut off bilatera date2025-11-19', 'cut off bilatera', 'date2025-11-19', '2025-11-19'],
    ['date2025-11-19', '', 'date2025-11-19', '2025-11-19'],
    ['Body. date2025-13-45', 'Body.', 'date2025-13-45', null],
    ['Body. date20251120', 'Body.', 'date20251120', null],
    ['Body. date2025-11-', 'Body.', 'date2025-11-', null],
  ])('reads %j as body %j with marker %j and date %j', (input, body, raw, date) => {
    expect(takeDateMarker(input)).toEqual({ body, marker: { raw, date } });
  });

  it.each([
    ['no marker', 'Body text.'],
    ['a marker not at the end', 'Body date2025-11-20 and more.'],
    ['a word ending in date', 'to update2025-11-20'],
    ['a word ending in date after a sentence', 'Body. We update2025-11-20'],
    ['date without digits', 'the smooth o date'],
    ['a space between date and the digits', 'Body. date 2025-11-20'],
  ])('finds no marker in %s', (_name, input) => {
    expect(takeDateMarker(input)).toEqual({ body: input, marker: null });
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2025-11-20', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-1-5', false],
    ['2025-11-20T00:00', false],
  ])('judges %j as %s', (text, expected) => expect(isIsoDate(text)).toBe(expected));
});
