import { describe, expect, it } from 'vitest';
import type { OrganizationFinding } from '../../../../src/extract/findings.js';
import { qualifyImpliedBodies } from '../../../../src/extract/persons/qualified-bodies.js';

const body = (name: string, country: string | null): OrganizationFinding => ({
  localId: `o-${name}-${country ?? ''}`,
  name,
  aliases: [],
  acronym: null,
  kind: 'government',
  country,
  mentions: [],
});

const namesAfter = (implied: OrganizationFinding[], named: OrganizationFinding[], sure: OrganizationFinding[] = implied): string[] =>
  qualifyImpliedBodies(implied, named, new Set(sure), 'KR').map((o) => o.name);

describe('qualifyImpliedBodies', () => {
  it.each([
    // the home ministry's name opens with the foreign one's
    [[body('Ministry of Foreign Affairs', 'KE')], [body('Ministry of Foreign Affairs and Trade', 'KR')], ['Ministry of Foreign Affairs of Kenya']],
    // two ministries of one name, the home one and a partner's
    [[body('Ministry of Foreign Affairs', 'HU'), body('Ministry of Foreign Affairs', 'KR')], [], ['Ministry of Foreign Affairs of Hungary', 'Ministry of Foreign Affairs']],
  ])('names a foreign body by its country where another country’s body shares its name (%#)', (implied, named, expected) => {
    expect(namesAfter(implied, named)).toEqual(expected);
  });

  it.each([
    // must not: no other body of that name
    [[body('Ministry of Foreign Affairs', 'KE')], [body('Ministry of Trade, Industry and Energy', 'KR')], true],
    // must not: the same country's body under a longer name
    [[body('Ministry of Foreign Affairs', 'KE')], [body('Ministry of Foreign Affairs and International Trade', 'KE')], true],
    // must not: a name guessed from a portfolio title (`Trade Minister`) is not made surer by a country
    [[body('Ministry of Trade', 'CO')], [body('Ministry of Trade, Industry and Energy', 'KR')], false],
  ])('keeps the generic name where nothing clashes or the name is a guess (%#)', (implied, named, spelt) => {
    expect(namesAfter(implied, named, spelt ? implied : [])).toEqual(implied.map((o) => o.name));
  });
});
