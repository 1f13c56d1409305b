import { describe, expect, it } from 'vitest';
import { KeptRecently } from '../../../src/query/kept-recently.js';

describe('KeptRecently', () => {
  it('keeps at most its capacity, dropping the entry least recently read or written', () => {
    const kept = new KeptRecently<string, number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    // Reading `a` makes `b` the oldest.
    expect(kept.get('a')).toBe(1);
    kept.set('c', 3);
    expect(kept.size).toBe(2);
    expect(kept.get('b')).toBeUndefined();
    expect(kept.get('a')).toBe(1);
    expect(kept.get('c')).toBe(3);
  });

  it('replaces the value of a key set again without growing', () => {
    const kept = new KeptRecently<string, number>(2);
    kept.set('a', 1);
    kept.set('a', 5);
    expect(kept.size).toBe(1);
    expect(kept.get('a')).toBe(5);
  });
});
