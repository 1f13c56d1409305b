// @ts-check
/**
 * What the partners chart draws, chosen from /api/analytics/countries without the DOM or chart.js:
 * the countries charted, and the period and measure a shared link names.
 */

/**
 * @typedef {import('../../src/query/types.js').CountriesAnalytics} CountriesAnalytics
 * @typedef {CountriesAnalytics['countries'][number]} CountryRow
 * @typedef {'meetings' | 'agreements'} Measure
 * @typedef {'quarter' | 'year'} Period
 */

/** Countries drawn: more stacked colours than this cannot be told apart. */
export const PARTNERS_CHARTED = 8;

/** @type {readonly Measure[]} */
export const MEASURES = ['meetings', 'agreements'];
/** @type {readonly Period[]} */
export const PERIODS = ['quarter', 'year'];

/**
 * The measure a state names, meetings when it names none (or an unknown one).
 * @param {string | undefined} value
 * @returns {Measure}
 */
export const measureOf = (value) => (value === 'agreements' ? 'agreements' : 'meetings');

/**
 * The period a state names, quarter when it names none (or an unknown one).
 * @param {string | undefined} value
 * @returns {Period}
 */
export const periodOf = (value) => (value === 'year' ? 'year' : 'quarter');

/**
 * The countries the chart draws: those with any of the measure, not left out, the most first (the
 * API's order breaks ties: by both counts, then id), at most `count`.
 * @param {readonly CountryRow[]} rows
 * @param {Measure} measure
 * @param {readonly string[]} leftOut country ids hidden by name (`?hide=`)
 * @param {number} [count]
 * @returns {CountryRow[]}
 */
export function chartedCountries(rows, measure, leftOut, count = PARTNERS_CHARTED) {
  const hidden = new Set(leftOut);
  return rows
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => row[measure] > 0 && !hidden.has(row.country.id))
    .sort((a, b) => b.row[measure] - a.row[measure] || a.order - b.order)
    .slice(0, count)
    .map(({ row }) => row);
}

/**
 * A country's ISO code from its summary (`country:KR` → `KR`): what the country view asks for.
 * @param {CountryRow['country']} country
 */
export const countryCode = (country) => country.country ?? country.id.replace(/^country:/, '');
