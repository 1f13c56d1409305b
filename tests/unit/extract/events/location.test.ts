import { describe, expect, it } from 'vitest';
import { locationCountry } from '../../../../src/extract/events/location.js';

describe('locationCountry', () => {
  it.each([
    ['Astana', 'KZ'],
    ['the Grand Hotel, Hanoi', 'VN'],
  ])('places %j in the country of its capital', (location, code) => {
    expect(locationCountry(location, [])).toBe(code);
  });

  it.each([
    // a capital that opens the name of talks or a text: `the deadlock in the Doha Round`
    ['Doha Round'],
    ['Doha Development Agenda'],
    // the seat of the EU's institutions stands for them, not for Belgium
    ['Brussels'],
  ])('places %j in no country', (location) => {
    expect(locationCountry(location, [])).toBeNull();
  });
});
