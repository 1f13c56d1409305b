import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/extract/nlp/index.js';
import { findAgreements } from '../../../../src/extract/passes/agreements.js';
import { findCountryMentions } from '../../../../src/extract/passes/countries.js';

const agreements = (body: string) => {
  const text = analyse(body);
  return findAgreements(text, findCountryMentions(text), 'KR').map((a) => `${a.name}: ${a.status}`);
};

describe('the earlier partners an ordinal FTA is counted after', () => {
  it.each([
    ["Norway will be Korea's third FTA partner in Europe, after Iceland (2006) and Switzerland (2006), and Norway's first in Asia.", ['Korea–Iceland FTA: in_force', 'Korea–Switzerland FTA: in_force']],
    ["It is Korea's second free trade agreement with an African country, after those with Kenya and Ghana.", ['Korea–Kenya FTA: in_force', 'Korea–Ghana FTA: in_force']],
    ["Ghana will become Korea's second free trade partner in Africa after Kenya, whose agreement with Korea has been in force since 2020.", ['Korea–Kenya FTA: in_force']],
  ])('reads each earlier partner’s FTA as in force: %s', (body, expected) => {
    expect(agreements(body).filter((a) => a.endsWith('in_force'))).toEqual(expected);
  });

  it.each([
    "Norway is Korea's third largest trading partner in Europe after Iceland and Switzerland.",
    'The two ministers met after Iceland and Switzerland signed their free trade agreement.',
  ])('reads no earlier partner in: %s', (body) => {
    expect(agreements(body).filter((a) => /Iceland|Switzerland/.test(a) && a.endsWith('in_force'))).toEqual([]);
  });
});
