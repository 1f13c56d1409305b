import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../../src/pipeline/collect-garbage.js';

describe('collectGarbage', () => {
  it('runs a full collection without leaving a gc global behind for other code', () => {
    const hadGc = 'gc' in globalThis;
    expect(() => collectGarbage()).not.toThrow();
    expect(() => collectGarbage()).not.toThrow();
    expect('gc' in globalThis).toBe(hadGc);
  });

  it('frees what nothing references any more', async () => {
    let held: object | null = { payload: new Array(1000).fill('x') };
    const ref = new WeakRef(held);
    held = null;
    // A WeakRef's target is kept until the current job ends.
    await new Promise((done) => setTimeout(done, 0));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });

  it('frees what nothing references when given a headroom for the heap to grow into afterwards', async () => {
    let held: object | null = { payload: new Array(1000).fill('x') };
    const ref = new WeakRef(held);
    held = null;
    await new Promise((done) => setTimeout(done, 0));
    collectGarbage(3);
    expect(ref.deref()).toBeUndefined();
  });
});
