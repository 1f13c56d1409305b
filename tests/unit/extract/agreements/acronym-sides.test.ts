import { describe, expect, it } from 'vitest';
import { acronymSides } from '../../../../src/extract/agreements/acronym-sides.js';

describe('the sides an acronym name spells', () => {
  it.each([
    // `KOR` + `US`, not `KO` + `RUS`: the home country keeps the most letters
    [['KORUS FTA'], 'KR', [], ['KR', 'US']],
    [['Free Trade Agreement', 'KORPE FTA'], 'KR', [], ['KR', 'PE']],
    // the partner's start first
    [['PEKOR FTA'], 'KR', [], ['KR', 'PE']],
    // of two partners that fit equally, the one the release names
    [['KORCHI FTA'], 'KR', ['CL'], ['CL', 'KR']],
  ] as const)('%j with home %s and %j named gives %j', (names, home, named, expected) => {
    expect(acronymSides(names, home, new Set(named))).toEqual(expected);
  });

  it.each([
    // two partners fit equally and the release names neither
    [['KORCHI FTA'], 'KR'],
    // no part of the home country's name
    [['ASEAN FTA'], 'KR'],
    [['EFTA FTA'], 'KR'],
    // no acronym name
    [['Korea–Peru FTA'], 'KR'],
    // no home country
    [['KORUS FTA'], null],
  ] as const)('must not: %j with home %s', (names, home) => {
    expect(acronymSides(names, home, new Set())).toEqual([]);
  });
});
