import { describe, expect, it } from 'vitest';
import { joinsLater, regionParties, statedSides } from '../../../../src/extract/agreements/region-sides.js';

describe('the countries a region side of an agreement stands for', () => {
  it('takes the members named beside the agreement', () => {
    expect(regionParties(['Alphania–Central America FTA'], ['PA', 'HN', 'AL'], ['PA', 'HN', 'AL', 'GT'])).toEqual(['PA', 'HN']);
  });

  it('takes the members the release names when its sentences name none', () => {
    expect(regionParties(['Central America–Alphania FTA'], [], ['CR', 'GT', 'US'])).toEqual(['CR', 'GT']);
  });

  it('takes the members the release names when its sentences name fewer than the sides they count', () => {
    expect(regionParties(['Alphania–Central America FTA'], ['PA'], ['CR', 'HN', 'NI', 'SV', 'PA'], 5)).toEqual(['CR', 'HN', 'NI', 'SV', 'PA']);
  });

  it('keeps the members beside it when the release names more than the sides counted', () => {
    expect(regionParties(['Alphania–Central America FTA'], ['PA', 'HN'], ['PA', 'HN', 'GT'], 5)).toEqual(['PA', 'HN']);
  });

  it.each([
    ['a name with no region side', ['Alphania–Panama FTA']],
    ['the region as a plain word, not a side', ['MOU on Central America logistics']],
  ])('gives nothing for %s', (_, names) => {
    expect(regionParties(names, ['PA'], ['PA', 'HN'])).toEqual([]);
  });
});

describe('the count of sides the words after a name state', () => {
  it.each([
    [' with ministers of five Central American countries on Wednesday.', 5],
    [' will be in force with all five partner countries from March 1, now that Panama has completed', 5],
    [' with six member states.', 6],
  ])('%j → %d', (after, expected) => {
    expect(statedSides(after)).toBe(expected);
  });

  it.each([[' was signed on February 21. Five partner countries gained.'], [' cuts tariffs on five products.'], [' took effect.']])('must not: %j', (after) => {
    expect(statedSides(after)).toBeNull();
  });
});

describe('a country to join later', () => {
  it.each([[', which took part in the negotiations, will be able to join the agreement once it completes its domestic review.'], [' may join later.'], [' is expected to accede to the pact.']])('after the name: %j', (after) => {
    expect(joinsLater(after)).toBe(true);
  });

  it.each([[' and Panama signed the agreement.'], [', El Salvador and Panama will follow once their procedures are complete.'], [' signed first; Honduras will join later.']])('must not: %j', (after) => {
    expect(joinsLater(after)).toBe(false);
  });
});
