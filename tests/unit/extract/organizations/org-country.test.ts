import { describe, expect, it } from 'vitest';
import { cityCountry } from '../../../../src/extract/organizations/org-country.js';

describe('the country of a city a body is named for', () => {
  it.each([
    ['Invest Stockholm', 'SE'],
    ['Executive Affairs Authority of Abu Dhabi', 'AE'],
    ['Velmar Tokyo Trading', 'JP'],
    // A seat of international bodies is still its country's city for a body named for it: only a
    // release's places pass over it (`initialled in Brussels`).
    ['Invest Brussels', 'BE'],
  ])('%s → %s', (name, code) => {
    expect(cityCountry(name)).toBe(code);
  });

  it('is null for a name holding no city', () => {
    expect(cityCountry('Velmar Coastal Trading Company')).toBeNull();
  });
});
