import { describe, expect, it } from 'vitest';
import { appendPosting, appendTo, groupBy } from '../../../src/domain/index.js';

describe('groupBy', () => {
  it('keeps input order inside a group and first-seen order of the keys', () => {
    expect([...groupBy(['b1', 'a1', 'b2', 'a2', 'c1'], (s) => s[0])]).toEqual([['b', ['b1', 'b2']], ['a', ['a1', 'a2']], ['c', ['c1']]]);
  });
});

describe('appendTo', () => {
  it('starts a list for a new key and appends to an existing one, repeats included', () => {
    const groups = new Map<string, number[]>();
    appendTo(groups, 'x', 1);
    appendTo(groups, 'x', 1);
    appendTo(groups, 'y', 2);
    expect([...groups]).toEqual([['x', [1, 1]], ['y', [2]]]);
  });
});

describe('appendPosting', () => {
  it('files each position once per key, in the ascending order the items are visited', () => {
    const index = new Map<string, number[]>();
    const keysOf = [['a', 'b', 'a'], ['b'], [], ['a', 'a', 'c']];
    keysOf.forEach((keys, position) => {
      for (const key of keys) appendPosting(index, key, position);
    });
    expect([...index]).toEqual([['a', [0, 3]], ['b', [0, 1]], ['c', [3]]]);
  });
});
