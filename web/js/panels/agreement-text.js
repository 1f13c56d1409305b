// @ts-check
/** The words the agreement panel uses for stages and dates. Pure: no DOM. */

/**
 * @typedef {import('../../../src/query/types.js').LifecycleStageName} LifecycleStageName
 * @typedef {import('../../../src/query/types.js').DateBasis} DateBasis
 */

/** @type {Readonly<Record<LifecycleStageName, string>>} */
export const STAGE_NAMES = {
  planned: 'Planned',
  launch: 'Negotiations launched',
  negotiating: 'Negotiating',
  round: 'Negotiation round',
  event: 'Occasion',
  signed: 'Signed',
  in_force: 'In force',
  upgrade_planned: 'Upgrade planned',
  upgrade_negotiating: 'Upgrade negotiations',
};

/** @type {Readonly<Record<DateBasis, string>>} */
export const DATE_BASES = {
  stated: 'the day the release gives',
  event: 'the date of the event',
  release: 'the release date',
};

/**
 * `2025-12-01 (the release date)`, or `undated`.
 * @param {string | null} date
 * @param {DateBasis | null} basis
 */
export function datedText(date, basis) {
  if (!date) return 'undated';
  return basis ? `${date} (${DATE_BASES[basis]})` : date;
}

