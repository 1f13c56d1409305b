import { describe, expect, it } from 'vitest';
import { runPool } from '../../../../src/store/neo4j/run-pool.js';

const tick = () => new Promise((r) => setImmediate(r));

describe('runPool', () => {
  it('returns results in input order with at most `concurrency` tasks in flight', async () => {
    let running = 0;
    let most = 0;
    const results = await runPool([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      most = Math.max(most, running);
      for (let i = 0; i < n; i++) await tick();
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    const run = runPool([1, 2, 3, 4], 1, async (n) => {
      started.push(n);
      if (n === 2) throw new Error('batch 2 failed');
      return n;
    });
    await expect(run).rejects.toThrow('batch 2 failed');
    expect(started).toEqual([1, 2]);
  });

  it('resolves with nothing for no items', async () => {
    expect(await runPool([], 4, async () => 1)).toEqual([]);
  });
});
