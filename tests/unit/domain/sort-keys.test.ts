import { describe, expect, it } from 'vitest';
import { sortKeys } from '../../../src/domain/sort-keys.js';

describe('sortKeys', () => {
  it.each<[string, string[]]>([
    ['no keys', []],
    ['one key', ['label']],
    ['attribute names', ['type', 'evidence', 'title', 'docIds', 'count', 'firstDate', 'lastDate', 'eventIds']],
    ['capitals before small letters, as code units order them', ['b', 'B', 'a', 'A', '_', 'Z']],
    ['repeated keys', ['x', 'a', 'x', 'a']],
    ['non-ASCII keys, by code unit not by locale', ['é', 'e', 'z', '한', '\ud83d\ude00']],
  ])('sorts %s as Array#sort does, in place', (_what, keys) => {
    const list = [...keys];
    expect(sortKeys(list)).toBe(list);
    expect(list).toEqual([...keys].sort());
  });
});
