import { describe, expect, it } from 'vitest';
import { postKey } from '../../../src/query/index.js';

const MINISTRY = 'Ministry of Trade, Industry and Resources';

describe('postKey', () => {
  it.each([
    ['Minister for Trade', 'Trade Minister'],
    ['minister of trade', 'Trade Minister'],
    ['Director-General for Trade Policy', 'Director General, Trade Policy'],
    ['Ministre du Commerce extérieur', 'ministre du commerce exterieur'],
    ['Minister of Trade, Industry and Resources', 'Minister'],
    ['Vice Minister of Trade, Industry and Resources', 'Vice Minister'],
  ])('gives "%s" and "%s" one post at the ministry', (a, b) => {
    expect(postKey(a, MINISTRY)).toBe(postKey(b, MINISTRY));
  });

  it.each([
    ['Minister for Trade', 'Minister'],
    ['Deputy Minister for Trade', 'Minister for Trade'],
    ['Vice Minister', 'Minister'],
    ['Director General for Trade Policy', 'Director General for Industrial Policy'],
  ])('keeps "%s" and "%s" apart', (a, b) => {
    expect(postKey(a, MINISTRY)).not.toBe(postKey(b, MINISTRY));
  });

  it('keeps a title that is only the organisation’s name whole rather than empty', () => {
    expect(postKey('Trade, Industry and Resources', MINISTRY)).toBe('industry resources trade');
  });
});
