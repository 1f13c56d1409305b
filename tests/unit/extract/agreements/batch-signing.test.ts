import { describe, expect, it } from 'vitest';
import { batchSigningAt } from '../../../../src/extract/agreements/batch-signing.js';

const at = (...texts: string[]): number | null => batchSigningAt(texts.map((text, index) => ({ index, text, start: 0, end: text.length })));

describe('the sentence that reports a batch of documents signed', () => {
  it.each([
    ['Alpha Oil signed agreements with the Beta National Oil Company in Beta City on Sunday.'],
    ['The two presidents witnessed the signing of seven documents.'],
    ['Companies signed 23 memorandums of understanding at the forum.'],
  ])('finds %j', (text) => {
    expect(at('The ministers met in Seoul.', text)).toBe(1);
  });

  it.each([['Alpha Oil signed an agreement with Beta.'], ['The agreements cover oil and gas.']])('must not find %j', (text) => {
    expect(at(text)).toBeNull();
  });
});
