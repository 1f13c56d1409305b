import { describe, expect, it } from 'vitest';
import { warmInSlices } from '../../../src/query/warm-in-slices.js';

describe('warmInSlices', () => {
  it('runs every step in order, pausing before each slice of the given length', async () => {
    let clock = 0;
    const steps: number[] = [];
    const pauses: number[] = [];
    await warmInSlices(
      5,
      (at) => {
        steps.push(at);
        clock += 4;
      },
      async () => {
        pauses.push(steps.length);
        return true;
      },
      8,
      () => clock,
    );
    expect(steps).toEqual([0, 1, 2, 3, 4]);
    // 4 ms a step in 8 ms slices: a pause before steps 0, 2 and 4.
    expect(pauses).toEqual([0, 2, 4]);
  });

  it('stops before the next slice when the pause answers false', async () => {
    let clock = 0;
    const steps: number[] = [];
    let asked = 0;
    await warmInSlices(10, (at) => { steps.push(at); clock += 10; }, async () => (asked += 1) < 3, 8, () => clock);
    expect(steps).toEqual([0, 1]);
  });

  it('does nothing for no steps, not even pause', async () => {
    let paused = false;
    await warmInSlices(0, () => undefined, async () => (paused = true), 8, () => 0);
    expect(paused).toBe(false);
  });
});
