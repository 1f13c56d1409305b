import { describe, expect, it } from 'vitest';
import { Doorkeeper } from '../../../src/api/doorkeeper.js';

describe('the doorkeeper (admission on the second ask)', () => {
  it('refuses a key on its first ask and admits it on the next', () => {
    const door = new Doorkeeper();
    expect(door.admit('/api/entities/person%3Akim')).toBe(false);
    expect(door.admit('/api/entities/person%3Akim')).toBe(true);
    expect(door.admit('/api/entities/person%3Akim')).toBe(true);
    expect(door.admit('/api/entities/person%3Alee')).toBe(false);
  });

  it('forgets every key once its window of new keys is full', () => {
    const door = new Doorkeeper(1024, 3);
    for (const key of ['a', 'b', 'c']) door.admit(key);
    expect(door.admit('a')).toBe(true);
    // The fourth new key clears the filter before it is remembered.
    expect(door.admit('d')).toBe(false);
    expect(door.admit('a')).toBe(false);
    expect(door.admit('d')).toBe(true);
  });

  it('admits few keys never asked before, over a full window of distinct ones', () => {
    const door = new Doorkeeper();
    const keys = Array.from({ length: 9_999 }, (_, n) => `/api/search?q=term${n}&_=${n * 7919}`);
    const falselyAdmitted = keys.filter((key) => door.admit(key)).length;
    expect(falselyAdmitted / keys.length).toBeLessThan(0.01);
  });

  it('refuses a size that is not a power of two', () => {
    expect(() => new Doorkeeper(1000)).toThrow(RangeError);
  });
});
