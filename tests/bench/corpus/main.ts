/**
 * `npm run bench:corpus -- --scale 100 --seed 1 --out /tmp/corpus100`: writes a generated corpus of
 * `scale` times the sample (44 records, ~100 KB each time) as dump files, and prints its figures.
 */
import { parseArgs } from 'node:util';
import { CORPUS_DEFAULTS, writeCorpus } from './index.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: String(CORPUS_DEFAULTS.seed) },
    out: { type: 'string' },
    'records-per-file': { type: 'string', default: String(CORPUS_DEFAULTS.recordsPerFile) },
  },
});
const scale = Number(values.scale);
const out = values.out ?? `/tmp/tradegraph-corpus-x${scale}-s${values.seed}`;
const started = performance.now();
const stats = await writeCorpus(out, { scale, seed: Number(values.seed), recordsPerFile: Number(values['records-per-file']) });
console.log(`${out}: ${stats.records} records in ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB, ${stats.words} words; ${stats.distinct} distinct articles, ${stats.exactDuplicates} exact and ${stats.nearDuplicates} near copies (${((performance.now() - started) / 1000).toFixed(1)} s)`);
