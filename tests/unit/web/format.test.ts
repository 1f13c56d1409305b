import { describe, expect, it } from 'vitest';
import { dateSpan, errorText, plural, relationName } from '../../../web/js/format.js';

describe('dateSpan', () => {
  it.each([
    ['2025-03-04', '2025-05-01', '2025-03-04 – 2025-05-01'],
    ['2025-03-04', '2025-03-04', '2025-03-04'],
    ['2025-03-04', null, '2025-03-04'],
    [null, '2025-05-01', '2025-05-01'],
    [undefined, undefined, 'undated'],
    [null, null, 'undated'],
    ['', '', 'undated'],
  ])('shows %s to %s as "%s"', (first, last, text) => {
    expect(dateSpan(first, last)).toBe(text);
  });
});

describe('relationName', () => {
  it.each([
    ['MET', 'met'],
    ['HOLDS_POSITION', 'holds position'],
    ['RENAMED_TO', 'renamed to'],
  ])('reads %s as "%s"', (type, name) => expect(relationName(type)).toBe(name));
});

describe('errorText', () => {
  it('puts the stable code before the message', () => {
    expect(errorText({ code: 'NOT_FOUND', message: 'No entity person:x' })).toBe('NOT_FOUND: No entity person:x');
  });

  it('shows the message alone when there is no code', () => {
    expect(errorText({ message: 'boom' })).toBe('boom');
  });
});

describe('plural', () => {
  it.each([
    [0, 'sentence', '0 sentences'],
    [1, 'sentence', '1 sentence'],
    [2, 'document', '2 documents'],
  ])('counts %i %s as "%s"', (count, noun, text) => expect(plural(count, noun)).toBe(text));
});
