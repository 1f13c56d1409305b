// @ts-check
/**
 * "Which countries do we meet and sign with most, and when?": the most active partner countries of
 * /api/analytics/countries as stacked bars per period (chart.js), one colour per country, counting
 * meetings or agreements. The numbers are the API's; a table under the chart gives each one for
 * readers who cannot see the canvas, and every country name opens its country view.
 */
import { h } from './dom.js';
import { nodeButton } from './widgets.js';
import { MEASURES, PERIODS, chartedCountries, countryCode, periodOf } from './partners-data.js';

/**
 * @typedef {import('../../src/query/types.js').CountriesAnalytics} CountriesAnalytics
 * @typedef {import('./partners-data.js').CountryRow} CountryRow
 * @typedef {import('./partners-data.js').Measure} Measure
 * @typedef {import('./partners-data.js').Period} Period
 */

/** Tableau 10's first eight: distinct for most colour vision, readable beside each other. */
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7'];

/**
 * @typedef {object} PartnersOptions
 * @property {CountriesAnalytics} analytics
 * @property {Measure} measure
 * @property {readonly string[]} leftOut country ids hidden by name
 * @property {(change: { by?: Period, measure?: Measure }) => void} change asks for another period or measure
 * @property {(code: string) => void} openCountry
 * @property {(id: string) => void} leaveOut
 * @property {(id: string) => void} putBack
 */

/**
 * A labelled `<select>` over `values`.
 * @template {string} V
 * @param {string} label
 * @param {string} cls
 * @param {readonly V[]} values
 * @param {V} current
 * @param {(value: V) => void} onChange
 */
function choice(label, cls, values, current, onChange) {
  const select = h(
    'select',
    { class: cls, on: { change: () => onChange(/** @type {V} */ (select.value)) } },
    values.map((v) => h('option', { value: v, selected: v === current, text: v })),
  );
  return h('label', { class: 'field inline' }, `${label} `, select);
}

/**
 * The chart on a canvas not yet in the page (chart.js draws it once attached and sized); clicking a
 * country's bar opens it. Without chart.js (vendor script missing) the table stays.
 * @param {HTMLCanvasElement} canvas
 * @param {CountriesAnalytics} analytics
 * @param {CountryRow[]} charted
 * @param {Measure} measure
 * @param {(code: string) => void} openCountry
 */
function drawChart(canvas, analytics, charted, measure, openCountry) {
  const ChartClass = globalThis.Chart;
  if (typeof ChartClass !== 'function') return;
  new ChartClass(canvas, {
    type: 'bar',
    data: {
      labels: [...analytics.periods],
      datasets: charted.map((row, i) => ({ label: row.country.name, data: [...row.series[measure]], backgroundColor: PALETTE[i % PALETTE.length] })),
    },
    options: {
      // No animation: the drawing is final when it appears (and screenshots are stable).
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: measure } } },
      plugins: { legend: { position: 'bottom' } },
      onClick: (_event, elements) => {
        const hit = elements[0];
        const row = hit ? charted[hit.datasetIndex] : undefined;
        if (row) openCountry(countryCode(row.country));
      },
    },
  });
}

/**
 * The partners view: period and measure choices, the chart, and its numbers as a table.
 * @param {PartnersOptions} options
 */
export function partnersView({ analytics, measure, leftOut, change, openCountry, leaveOut, putBack }) {
  const charted = chartedCountries(analytics.countries, measure, leftOut);
  const [first, last] = [analytics.periods[0], analytics.periods[analytics.periods.length - 1]];
  const span = !first ? 'no dated items' : first === last ? first : `${first} to ${last}`;
  const caption = charted.length
    ? `${measure[0]?.toUpperCase()}${measure.slice(1)} per ${analytics.by} with the ${charted.length} most active partner countries, ${span}: ${charted.map((r) => `${r.country.name} ${r[measure]}`).join(', ')}.`
    : `No country has any ${measure}${leftOut.length ? ' besides those left out' : ''}.`;
  const canvas = h('canvas', { class: 'partners-canvas', role: 'img', 'aria-label': caption });
  drawChart(canvas, analytics, charted, measure, openCountry);
  const hiddenRows = analytics.countries.filter((row) => leftOut.includes(row.country.id));
  return h(
    'div',
    { class: 'list-table partners' },
    h(
      'div',
      { class: 'table-head' },
      h('span', { class: 'table-count', text: `Partner countries: ${measure} per ${analytics.by}` }),
      choice('Count', 'partners-measure', MEASURES, measure, (value) => change({ measure: value })),
      choice('Per', 'partners-by', PERIODS, periodOf(analytics.by), (value) => change({ by: value })),
    ),
    charted.length ? h('div', { class: 'partners-frame' }, canvas) : null,
    h('p', { class: 'muted partners-caption', text: caption }),
    hiddenRows.length
      ? h(
          'p',
          { class: 'partners-left-out' },
          'Left out: ',
          hiddenRows.map((row) => h('button', { type: 'button', class: 'link put-back', title: 'Chart it again', text: `${row.country.name} ↺`, on: { click: () => putBack(row.country.id) } })),
        )
      : null,
    charted.length ? partnersTable(analytics, charted, measure, openCountry, leaveOut) : null,
  );
}

/**
 * The square that ties a table row to its bars. Coloured through the CSSOM, which a strict CSP
 * allows where a `style` attribute may not be.
 * @param {string} colour
 */
function colourKey(colour) {
  const key = h('span', { class: 'colour-key', 'aria-hidden': 'true' });
  key.style.backgroundColor = colour;
  return key;
}

/**
 * The charted numbers, one row per country and one column per period, with the totals.
 * @param {CountriesAnalytics} analytics
 * @param {CountryRow[]} charted
 * @param {Measure} measure
 * @param {(code: string) => void} openCountry
 * @param {(id: string) => void} leaveOut
 */
function partnersTable(analytics, charted, measure, openCountry, leaveOut) {
  return h(
    'div',
    { class: 'partners-scroll' },
    h(
      'table',
      { class: 'result-table partners-table' },
      h('caption', { class: 'visually-hidden', text: `${measure} per ${analytics.by} and country` }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Country' }), h('th', { scope: 'col', text: `All ${measure}` }), analytics.periods.map((p) => h('th', { scope: 'col', class: 'num', text: p })), h('th', { scope: 'col', text: '' }))),
      h(
        'tbody',
        {},
        charted.map((row, i) =>
          h(
            'tr',
            { dataset: { country: row.country.id } },
            h('th', { scope: 'row' }, colourKey(PALETTE[i % PALETTE.length] ?? ''), nodeButton(row.country, () => openCountry(countryCode(row.country)))),
            h('td', { class: 'num total', text: row[measure] }),
            row.series[measure].map((n) => h('td', { class: 'num', text: n })),
            h('td', {}, h('button', { type: 'button', class: 'link leave-out', title: `Leave ${row.country.name} out of the chart (a hub such as the home country)`, text: 'leave out', on: { click: () => leaveOut(row.country.id) } })),
          ),
        ),
      ),
    ),
  );
}
