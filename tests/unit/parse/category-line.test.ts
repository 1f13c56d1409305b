import { describe, expect, it } from 'vitest';
import { looksLikeBody, looksLikeCategory } from '../../../src/parse/category-line.js';

describe('looksLikeCategory', () => {
  it.each(['Trade/Investment', 'FTA/Economic Cooperation', 'Industry', 'Energy', 'Trade / Investment', 'Science and Technology', 'R&D', 'SMEs/Start-ups'])(
    'accepts %j',
    (line) => expect(looksLikeCategory(line)).toBe(true),
  );

  it.each([
    ['a title with a lowercase word', 'Korea to Develop its Own NTE Report'],
    ['a long capitalised title', 'Korea Advances AI-driven K-Bio Innovation'],
    ['sentence punctuation', 'Industry.'],
    ['a comma', 'Trade, Investment'],
    ['a lowercase first word', 'and Trade'],
    ['a leading joiner', 'of Industry'],
    ['digits first', '2025 Report'],
    ['an empty line', ''],
    ['more than 32 characters', 'Internationalisation/Globalisation'],
  ])('rejects %s', (_name, line) => expect(looksLikeCategory(line)).toBe(false));
});

describe('looksLikeBody', () => {
  it.each([
    ['a dated line', 'Body text date2025-11-20', true],
    ['a line ending a sentence', 'The minister spoke.', true],
    ['a line ending in a closing quote', 'He said “yes.”', true],
    ['a very long line', 'x'.repeat(251), true],
    ['a title', 'Korea Sets New January–October Auto Export Record', false],
  ])('judges %s', (_name, line, expected) => expect(looksLikeBody(line)).toBe(expected));

  it('does not take a question-mark title for body text when more lines follow', () => {
    expect(looksLikeBody('Is Korea Ready?', false)).toBe(false);
  });
});
