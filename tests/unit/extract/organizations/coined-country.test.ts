import { describe, expect, it } from 'vitest';
import { coinedCountry } from '../../../../src/extract/organizations/coined-country.js';

describe('coinedCountry', () => {
  it.each([
    ['VelmBRUNEI', 'BN'],
    ['QatarVelm', 'QA'],
    ['H2Korea', 'KR'],
    ['VelmarCHILE', 'CL'],
  ])('reads the country a coined name %s is built on', (name, code) => {
    expect(coinedCountry(name)).toBe(code);
  });

  it.each([
    // a plain capitalised word, even one holding a country's name
    ['Omanville'],
    // a name of several words
    ['Qatar Velm'],
    // the country's name alone, in capitals
    ['BRUNEI'],
    // a coined name built on no country
    ['KazVelgas'],
  ])('reads none from %s', (name) => {
    expect(coinedCountry(name)).toBeNull();
  });
});
