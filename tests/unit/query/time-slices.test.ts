import { describe, expect, it } from 'vitest';
import { timeSlices } from '../../../src/query/time-slices.js';

describe('timeSlices', () => {
  it('yields a turn of the event loop only once a slice of work has passed, then starts a new slice', async () => {
    let clock = 0;
    const pause = timeSlices(10, () => clock);
    clock = 10;
    expect(pause()).toBeUndefined();
    clock = 11;
    let resumed = false;
    const turn = pause()!.then(() => (resumed = true));
    expect(resumed).toBe(false);
    await turn;
    expect(resumed).toBe(true);
    clock = 21;
    expect(pause()).toBeUndefined();
    clock = 22;
    expect(pause()).toBeInstanceOf(Promise);
  });

  it('lets a timer queued behind the work run during the pause', async () => {
    let clock = 0;
    const pause = timeSlices(0, () => clock++);
    let ran = false;
    setImmediate(() => (ran = true));
    await pause();
    expect(ran).toBe(true);
  });
});
