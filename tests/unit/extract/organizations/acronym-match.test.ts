import { describe, expect, it } from 'vitest';
import { acronymFits } from '../../../../src/extract/organizations/acronym-match.js';

const words = (s: string): string[] => s.split(' ');

describe('acronymFits', () => {
  it.each([
    ['MOTIR', 'Ministry of Trade, Industry and Resources'],
    ['KOTRA', 'Korea Trade-Investment Promotion Agency'],
    ['USTR', 'U.S. Trade Representative'],
    ['APEC', 'Asia-Pacific Economic Cooperation'],
    ['KEPCO', 'Korea Electric Power Corporation'],
    ['KITECH', 'Korea Institute of Industrial Technology'],
    ['TMB', 'Technical Management Board'],
  ])('reads %s off %s', (acronym, name) => {
    expect(acronymFits(acronym, words(name))).toBe(true);
  });

  it.each([
    ['KOTRA', 'Kokura Transport'],
    ['KITA', 'Ministry of Trade'],
    ['NTE', 'Korea Chamber of Commerce'],
    ['MOF', 'Office of the Minister'],
  ])('does not read %s off %s', (acronym, name) => {
    expect(acronymFits(acronym, words(name))).toBe(false);
  });
});
