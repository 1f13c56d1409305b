import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../../src/domain/index.js';

/** The first position in [low, high) whose value is not below `value`, found by walking. */
const walked = <T extends number | string>(list: ArrayLike<T>, value: T, low = 0, high = list.length) => {
  for (let at = low; at < high; at++) if (!(list[at]! < value)) return at;
  return high;
};

describe('lowerBound', () => {
  const numbers = [1, 3, 3, 3, 7, 10, 10, 42];

  it.each([0, 1, 2, 3, 4, 7, 9, 10, 11, 42, 43])('finds where %i is or would go in an ascending list, before any equal values', (value) => {
    expect(lowerBound(numbers, value)).toBe(walked(numbers, value));
    expect(lowerBound(Int32Array.from(numbers), value)).toBe(walked(numbers, value));
  });

  it('searches only the given [low, high) slice, answering high when every value there is below', () => {
    expect(lowerBound(numbers, 3, 2, 6)).toBe(2);
    expect(lowerBound(numbers, 10, 1, 4)).toBe(4);
    expect(lowerBound(numbers, 0, 5, 8)).toBe(5);
  });

  it('orders strings by code unit, as < does', () => {
    const ids = ['B', 'a', 'b', 'é'];
    expect(['A', 'B', 'Z', 'a', 'ab', 'z', 'é', 'ü'].map((value) => lowerBound(ids, value))).toEqual([0, 0, 1, 1, 2, 3, 3, 4]);
  });

  it('answers 0 on an empty list', () => {
    expect(lowerBound([], 5)).toBe(0);
  });
});
