import { describe, expect, it } from 'vitest';
import { deletionsOf, editDistanceWithin } from '../../../src/query/text-search-deletions.js';

describe('deletionsOf', () => {
  it('gives the word and each spelling with up to the asked letters deleted, each once', () => {
    expect([...deletionsOf('abc', 1)].sort()).toEqual(['ab', 'abc', 'ac', 'bc']);
    expect([...deletionsOf('aab', 2)].sort()).toEqual(['a', 'aa', 'aab', 'ab', 'b']);
  });
});

describe('editDistanceWithin', () => {
  it.each([
    ['korea', 'korea', 0],
    ['korea', 'kore', 1],
    ['korea', 'koraa', 1],
    ['korea', 'okrea', 2],
    ['minister', 'ministry', 2],
    ['', 'ab', 2],
  ])('counts the edits from %j to %j: %i', (a, b, distance) => {
    expect(editDistanceWithin(a, b, 3)).toBe(distance);
  });

  it('stops at one past the most it is asked about', () => {
    expect(editDistanceWithin('barakah', 'seoul', 2)).toBe(3);
    expect(editDistanceWithin('cooperation', 'corporation', 1)).toBe(2);
  });
});
