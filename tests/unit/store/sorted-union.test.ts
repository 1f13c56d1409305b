import { describe, expect, it } from 'vitest';
import { compareStrings } from '../../../src/domain/index.js';
import { sortedUnion } from '../../../src/store/sorted-union.js';

/** The union as the stores define it: every distinct string, ascending by code unit. */
const reference = (...lists: (readonly string[] | undefined)[]) => [...new Set(lists.flatMap((list) => list ?? []))].sort(compareStrings);

describe('sortedUnion', () => {
  it.each([
    ['two ascending lists overlapping', [['a', 'c', 'e'], ['b', 'c', 'f']]],
    ['a stored list and the incoming one that extends it', [['d1', 'd2', 'd3'], ['d1', 'd2', 'd3', 'd4']]],
    ['an ascending list and one in evidence order, within it', [['d1', 'd2', 'd3'], ['d3', 'd1', 'd1', 'd2']]],
    ['an ascending list and one in evidence order naming a document it lacks', [['d1', 'd3'], ['d3', 'd2', 'd2']]],
    ['lists with repeats', [['a', 'a', 'b'], ['b', 'a']]],
    ['absent and empty lists', [undefined, [], ['x']]],
    ['nothing at all', [undefined, undefined]],
    ['code-unit order, not locale order', [['B', 'a'], ['Z', 'b'], ['É', 'e']]],
  ] as const)('unions %s into every distinct string, ascending', (_name, lists) => {
    expect(sortedUnion(...lists)).toEqual(reference(...lists));
  });

  it('returns a list of its own, never one of its inputs', () => {
    const stored = ['a', 'b'];
    const union = sortedUnion(stored, undefined);
    union.push('c');
    expect(stored).toEqual(['a', 'b']);
  });

  it('agrees with sorting the union on random lists, sorted or not', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const list = () => Array.from({ length: Math.floor(next() * 12) }, () => `d${Math.floor(next() * 20)}`);
    for (let round = 0; round < 300; round++) {
      const lists = Array.from({ length: 1 + Math.floor(next() * 3) }, () => (next() < 0.6 ? reference(list()) : list()));
      expect(sortedUnion(...lists)).toEqual(reference(...lists));
    }
  });
});
