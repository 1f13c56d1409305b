import { describe, expect, it } from 'vitest';
import type { CountriesAnalytics } from '../../../src/query/types.js';
import { chartedCountries, countryCode, measureOf, periodOf } from '../../../web/js/partners-data.js';

type Row = CountriesAnalytics['countries'][number];

const row = (code: string, meetings: number, agreements: number): Row => ({
  country: { id: `country:${code}`, label: 'Country', name: code },
  meetings,
  agreements,
  undated: 0,
  series: { meetings: [meetings], agreements: [agreements] },
});

/** In the API's order: most meetings + agreements first. */
const ROWS = [row('KR', 39, 25), row('AE', 2, 5), row('KZ', 6, 0), row('CN', 4, 1), row('JP', 4, 1), row('CM', 0, 2)];
const ids = (rows: readonly Row[]) => rows.map((r) => r.country.id.slice('country:'.length));

describe('chartedCountries', () => {
  it('charts the countries with the most of the measure first, the API order breaking ties', () => {
    expect(ids(chartedCountries(ROWS, 'meetings', []))).toEqual(['KR', 'KZ', 'CN', 'JP', 'AE']);
    expect(ids(chartedCountries(ROWS, 'agreements', []))).toEqual(['KR', 'AE', 'CM', 'CN', 'JP']);
  });

  it('leaves out the countries with none of the measure and those hidden by name', () => {
    expect(ids(chartedCountries(ROWS, 'meetings', ['country:KR']))).toEqual(['KZ', 'CN', 'JP', 'AE']);
  });

  it('charts at most the given number of countries', () => {
    expect(ids(chartedCountries(ROWS, 'meetings', [], 2))).toEqual(['KR', 'KZ']);
  });
});

describe('the partners view state', () => {
  it.each([
    [undefined, 'meetings'],
    ['agreements', 'agreements'],
    ['nonsense', 'meetings'],
  ])('reads the measure %s as %s', (value, measure) => {
    expect(measureOf(value)).toBe(measure);
  });

  it.each([
    [undefined, 'quarter'],
    ['year', 'year'],
    ['month', 'quarter'],
  ])('reads the period %s as %s', (value, period) => {
    expect(periodOf(value)).toBe(period);
  });

  it("asks the country view for a country's ISO code", () => {
    expect(countryCode({ id: 'country:GB', label: 'Country', name: 'UK' })).toBe('GB');
  });
});
