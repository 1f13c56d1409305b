import { describe, expect, it } from 'vitest';
import { signedDocuments } from '../../../../src/extract/agreements/signed-documents.js';

const names = (sentence: string): string[] => signedDocuments(sentence).map((h) => h.name);

describe('letters of intent a sentence reports signed', () => {
  it.each([
    ['The accord builds on the shipping cooperation letter of intent that the two governments signed in Oslo in May.', 'shipping cooperation letter of intent'],
    ['The talks followed up on the letter of intent signed by power companies of the two countries to build a wind farm in Bergen.', 'letter of intent to build a wind farm'],
    ['The leaders also witnessed MOUs in education and a letter of intent in the shipbuilding sector.', 'letter of intent'],
  ])('%s', (sentence, name) => {
    const hits = signedDocuments(sentence);
    expect(hits.map((h) => h.name)).toEqual([name]);
    expect(hits[0]?.stated).toBe('signed');
  });

  it('reads one signed with the verb before it once', () => {
    expect(names('Alpha Corp. signed a letter of intent to develop a plan for the plant.')).toEqual(['letter of intent to develop a plan for the plant']);
  });

  it('reads a statement or declaration of intent as a letter of intent', () => {
    expect(names('The two ministers signed a statement of intent on economic and industrial cooperation between their ministries.')[0]).toMatch(/^statement of intent on economic and industrial cooperation/);
    expect(names('The agencies signed a declaration of intent on hydrogen.')).toEqual(['declaration of intent on hydrogen']);
  });

  it.each([
    'The ministry is drafting a statement of intent on hydrogen.',
    'The ministry is drafting a letter of intent on hydrogen.',
    'A letter of intent may follow next year.',
  ])('must not read a letter of intent no signing is reported of: %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});

describe('heads of terms a sentence reports signed', () => {
  it('reads them with their purpose, also written with `on`', () => {
    const [hit] = signedDocuments('The two companies also signed heads of terms to develop three untapped fields, estimated to hold 570 million barrels.');
    expect(hit?.name).toBe('heads of terms to develop three untapped fields');
    expect(hit?.aliases).toEqual(['heads of terms', 'heads of terms on three untapped fields']);
  });

  it('must not read heads of terms no signing is reported of', () => {
    expect(names('The two companies will negotiate heads of terms next year.')).toEqual([]);
  });
});
