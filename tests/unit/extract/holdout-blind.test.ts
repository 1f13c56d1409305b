import { describeGoldScore, type Floors } from './support/describe-gold-score.js';

// A second, blind holdout: 22 press releases of 2010–2024 (Ministry of Knowledge Economy and
// MOTIE eras; Chile, Peru, Mexico, Canada, Turkey, Qatar, Kenya, Nigeria, Mongolia, Cambodia,
// Malaysia, the Philippines, New Zealand, Germany, France, Poland, the GCC) written and annotated
// under ../shared/eval/README.md by someone who had not read src/extract. The first holdout was
// used to fix the extractor, so it no longer measures generalisation; this one must never be used
// for tuning either, or it loses its worth in the same way.
// About 0.05 under what the extraction reached when the set was written (persons .918,
// organizations .875, countries .993, agreements .941, met_pairs .560, positions .795):
// a drop below is a regression in generalisation. Raise them only for fixes made on the seeds.
const FLOORS: Floors = [
  ['persons', 0.87],
  ['organizations', 0.82],
  ['countries', 0.94],
  ['agreements', 0.89],
  ['met_pairs', 0.51],
  ['positions', 0.74],
];

describeGoldScore({
  name: 'holdout-blind',
  title: 'extraction on the blind 2010–2024 holdout press releases',
  dump: 'tests/fixtures/holdout-blind/releases.txt',
  gold: 'tests/fixtures/holdout-blind/gold.jsonl',
  articles: 22,
  floors: FLOORS,
});
