// @ts-check
/**
 * A country's activity over time as a bar chart (chart.js), drawn from /api/countries/{code}/activity:
 * meeting occasions and agreements per period, documents mentioning the country as a line. The
 * numbers are the API's; the chart only draws them, and a caption states the totals for readers
 * who cannot see the canvas.
 */
import { h } from './dom.js';

/** @typedef {import('../../src/query/types.js').CountryActivity} CountryActivity */

const COLOURS = { meetings: '#2f6db5', agreements: '#c0762b', mentions: '#7a7a7a' };

/**
 * The chart's section, or null when the country has no dated activity. The chart is created on a
 * canvas not yet in the page: chart.js draws it once the canvas is attached and sized.
 * @param {CountryActivity} activity
 * @returns {HTMLElement | null}
 */
export function activitySection(activity) {
  if (activity.series.length === 0) return null;
  const { totals } = activity;
  const caption = `${totals.meetings} meetings, ${totals.agreements} agreements, ${totals.mentions} mentioning releases by ${activity.by}${totals.undated ? ` (${totals.undated} undated left out)` : ''}`;
  const canvas = h('canvas', { class: 'activity-canvas', role: 'img', 'aria-label': `Activity of ${activity.country.name} over time: ${caption}` });
  const section = h('section', { class: 'activity' }, h('h3', { text: 'Activity over time' }), h('div', { class: 'activity-frame' }, canvas), h('p', { class: 'muted', text: caption }));
  // chart.js arrives as a classic script (vendor/chart.umd.min.js); without it the caption stays.
  const ChartClass = globalThis.Chart;
  if (typeof ChartClass !== 'function') return section;
  new ChartClass(canvas, {
    type: 'bar',
    data: {
      labels: activity.series.map((p) => p.period),
      datasets: [
        { label: 'meetings', data: activity.series.map((p) => p.meetings), backgroundColor: COLOURS.meetings },
        { label: 'agreements', data: activity.series.map((p) => p.agreements), backgroundColor: COLOURS.agreements },
        { label: 'releases', data: activity.series.map((p) => p.mentions), type: 'line', borderColor: COLOURS.mentions, backgroundColor: COLOURS.mentions, pointRadius: 2 },
      ],
    },
    // No animation: the drawing is final when it appears (and screenshots are stable).
    options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { position: 'bottom' } } },
  });
  return section;
}
