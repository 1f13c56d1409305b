import { describe, expect, it } from 'vitest';
import { mayStartPerson, SHAPE, shapeOf } from '../../../../src/extract/persons/word-shape.js';

describe('shapeOf', () => {
  it.each([
    ['Kim', SHAPE.NAME],
    ['Yun-mo', SHAPE.NAME | SHAPE.KOREAN_GIVEN],
    ['Šefčovič', SHAPE.NAME],
    ['Q.', SHAPE.INITIAL],
    ['YM', SHAPE.TWO_CAPITALS],
    ['Ahn', SHAPE.KOREAN_SURNAME | SHAPE.SURNAME_LIKE],
    ['Datuk', SHAPE.HONORIFIC],
    ["Dato'", SHAPE.HONORIFIC],
    ['Dato’', SHAPE.HONORIFIC],
    ['Tengku', SHAPE.HONORIFIC],
    ['Minister', SHAPE.TITLE_START],
    ['Crown', SHAPE.ROYAL_START],
  ])('gives %s the shape it has', (text, flag) => {
    expect(shapeOf(text) & flag).toBe(flag);
  });

  it.each(['Ministry', 'January', 'Minister', 'the', 'Ventures', 'Energia', 'Wind'])('does not take %s for a name word', (text) => {
    expect(shapeOf(text) & SHAPE.NAME).toBe(0);
  });

  it('gives a word it has seen before the same answer, and no word none', () => {
    expect(shapeOf('Sung')).toBe(shapeOf('Sung'));
    expect(shapeOf(undefined)).toBe(0);
  });
});

describe('mayStartPerson', () => {
  it.each(['Kim', 'researcher', 'Šefčovič', 'YM'])('lets %s through to the full check', (text) => {
    expect(mayStartPerson(text)).toBe(true);
  });

  it.each(['the', 'of', '2025', ',', ''])('rules out %j on its first character', (text) => {
    expect(mayStartPerson(text)).toBe(false);
  });
});
