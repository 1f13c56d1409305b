import { describeGoldScore, type AttributeFloors, type Floors } from './support/describe-gold-score.js';

// The "final" holdout: 24 press releases of 2013–2026 (MOTIE and MOTIR eras; Vietnam, India, Saudi
// Arabia, Germany, the U.S., Japan, China, Australia, Brazil, Indonesia, the UK, Poland, Uzbekistan,
// Mongolia; APEC, G20, WTO MC12, ASEAN+3, IPEF; statistics with no people, a one-official policy
// notice, agency MOUs, a factory visit, a trip with four separate meetings), annotated under
// eval/ANNOTATION.md without reading src/extract or the earlier holdouts. It was meant never to
// be tuned on, but extraction commits after it fixed phrasings found only here, and issue 11
// tuned on it openly: it is a development set, and only the sealed set estimates generalisation.
// Scores when it was written, before any tuning: persons .932, organizations .816, countries .993,
// agreements .871, met_pairs .667, positions .696. Floors sit a little under the current scores
// (issue 11: F1 .987/.944/.993/.852/.809/.877; person country .944, org kind .957, org country
// .923, agreement status .962, parties .789, meeting date 1.000): a drop is a regression.
const FLOORS: Floors = [
  ['persons', 0.96],
  ['organizations', 0.92],
  ['countries', 0.97],
  ['agreements', 0.82],
  ['met_pairs', 0.78],
  ['positions', 0.85],
];

const ATTRIBUTE_FLOORS: AttributeFloors = [
  ['person_country', 0.91],
  ['org_kind', 0.92],
  ['org_country', 0.89],
  ['agreement_status', 0.92],
  ['agreement_parties', 0.75],
  ['meeting_date', 0.96],
];

describeGoldScore({
  name: 'holdout-final',
  title: 'extraction on the final 2013–2026 holdout press releases',
  dump: 'tests/fixtures/holdout-final/releases.txt',
  gold: 'tests/fixtures/holdout-final/gold.jsonl',
  articles: 24,
  floors: FLOORS,
  attributeFloors: ATTRIBUTE_FLOORS,
  bodies: 'implied',
});
