import { describeGoldScore, type AttributeFloors, type Floors } from './support/describe-gold-score.js';

// A second holdout: 22 press releases of 2010–2024 (Ministry of Knowledge Economy and MOTIE eras;
// Chile, Peru, Mexico, Canada, Turkey, Qatar, Kenya, Nigeria, Mongolia, Cambodia, Malaysia, the
// Philippines, New Zealand, Germany, France, Poland, the GCC) annotated under eval/ANNOTATION.md
// by someone who had not read src/extract. It was meant to stay blind, but it is a development
// set now: phrasings seen only here were fixed, and issue 11 tuned on it. Scores when it was
// written, before any tuning: persons .918, organizations .875, countries .993, agreements .941,
// met_pairs .560, positions .795. Floors sit a little under the current scores (issue 11: F1
// .961/.935/.993/.941/.929/.891; person country .967, org kind .898, org country .915, agreement
// status .969, parties .923, meeting date .810): a drop is a regression.
const FLOORS: Floors = [
  ['persons', 0.94],
  ['organizations', 0.91],
  ['countries', 0.97],
  ['agreements', 0.91],
  ['met_pairs', 0.9],
  ['positions', 0.86],
];

const ATTRIBUTE_FLOORS: AttributeFloors = [
  ['person_country', 0.97],
  ['org_kind', 0.86],
  ['org_country', 0.88],
  ['agreement_status', 0.93],
  ['agreement_parties', 0.88],
  ['meeting_date', 0.77],
];

describeGoldScore({
  name: 'holdout-blind',
  title: 'extraction on the blind 2010–2024 holdout press releases',
  dump: 'tests/fixtures/holdout-blind/releases.txt',
  gold: 'tests/fixtures/holdout-blind/gold.jsonl',
  articles: 22,
  floors: FLOORS,
  attributeFloors: ATTRIBUTE_FLOORS,
  bodies: 'implied',
});
