/**
 * Dedupe alone, in process, on generated corpora of 100× and 250× the sample (4,400 and 11,000
 * records of distinct releases with the sample's 5 repeats in 44): records/s, and whether exactly
 * the planted repeats were merged. The stage bench measures the same stage inside the real build.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dedupe, duplicatesMerged } from '../../src/dedupe/index.js';
import { readInputs } from '../../src/parse/index.js';
import { PER_SAMPLE, writeCorpus } from './corpus/index.js';

export default async function bench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tradegraph-dedupe-bench-'));
  try {
    for (const scale of [100, 250]) {
      const stats = await writeCorpus(join(dir, `x${scale}`), { scale, seed: 1 });
      const { documents: records } = await readInputs([join(dir, `x${scale}`)]);
      const started = performance.now();
      const { documents, report } = dedupe(records);
      const seconds = (performance.now() - started) / 1000;
      console.log(`dedupe ×${scale}: ${records.length} records → ${documents.length} documents (planted: ${stats.distinct}), ${duplicatesMerged(report)} merged (planted: ${stats.exactDuplicates + stats.nearDuplicates})${documents.length === PER_SAMPLE.distinct * scale ? '' : ' — MISMATCH'}`);
      console.log(`dedupe ×${scale}: throughput ${Math.round(records.length / seconds).toLocaleString('en-US')} records/s (${seconds.toFixed(2)} s)`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
