import { describe, expect, it } from 'vitest';
import { regionParties } from '../../../../src/extract/agreements/region-sides.js';

describe('the countries a region side of an agreement stands for', () => {
  it('takes the members named beside the agreement', () => {
    expect(regionParties(['Alphania–Central America FTA'], ['PA', 'HN', 'AL'], ['PA', 'HN', 'AL', 'GT'])).toEqual(['PA', 'HN']);
  });

  it('takes the members the release names when its sentences name none', () => {
    expect(regionParties(['Central America–Alphania FTA'], [], ['CR', 'GT', 'US'])).toEqual(['CR', 'GT']);
  });

  it.each([
    ['a name with no region side', ['Alphania–Panama FTA']],
    ['the region as a plain word, not a side', ['MOU on Central America logistics']],
  ])('gives nothing for %s', (_, names) => {
    expect(regionParties(names, ['PA'], ['PA', 'HN'])).toEqual([]);
  });
});
