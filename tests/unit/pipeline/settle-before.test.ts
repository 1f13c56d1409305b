import { describe, expect, it } from 'vitest';
import { PIPELINE_STAGES } from '../../../src/pipeline/index.js';
import { SETTLE_BEFORE, settleBefore } from '../../../src/pipeline/settle-before.js';

describe('settleBefore', () => {
  it('collects before every stage up to and including the build, where the peak is made', () => {
    for (const stage of ['parse', 'dedupe', 'extract', 'resolve', 'build'] as const) expect(SETTLE_BEFORE[stage].collect).toBe(true);
  });

  it('lets the build grow past V8\'s own limit before collecting again', () => {
    expect(SETTLE_BEFORE.build.headroom).toBeGreaterThan(2);
  });

  it('collects the build\'s garbage as the write starts, leaving room for what the write promotes', () => {
    expect(SETTLE_BEFORE.snapshot.collect).toBe(true);
    expect(SETTLE_BEFORE.snapshot.headroom).toBeGreaterThan(1.2);
  });

  it('has a rule for every stage, and each runs without throwing', () => {
    expect(Object.keys(SETTLE_BEFORE).sort()).toEqual([...PIPELINE_STAGES].sort());
    for (const stage of PIPELINE_STAGES) expect(() => settleBefore(stage)).not.toThrow();
  });
});
