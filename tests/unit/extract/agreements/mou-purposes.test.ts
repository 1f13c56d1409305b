import { describe, expect, it } from 'vitest';
import { MODIFIED_MOU, MOU_PURPOSE_PHRASINGS, TITLED_MOU, modifiedMous, mouPurposes, titledMous } from '../../../../src/extract/agreements/mou-purposes.js';
import { mouLowerTopics } from '../../../../src/extract/agreements/mou-topics.js';

const sentence = (text: string) => ({ index: 0, start: 0, end: text.length, text });
const namesIn = (text: string): string[] => mouPurposes(sentence(text)).map((h) => h.name);

// Each row of MOU_PURPOSE_PHRASINGS is a phrasing: its example gives its MOUs, its neighbours none.
describe('MOUs named by what they do', () => {
  it.each(MOU_PURPOSE_PHRASINGS.map((p) => [p.id, p.example] as const))('%s: reads its example', (_id, example) => {
    expect(namesIn(example.sentence)).toEqual(example.names);
  });

  it.each(MOU_PURPOSE_PHRASINGS.flatMap((p) => p.mustNot.map((n) => [p.id, n] as const)))('%s must not read: %s', (_id, text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it('ends a lower-case object at the word that starts another clause', () => {
    expect(namesIn('The presidents signed a memorandum of understanding covering four industrial sectors at the summit.')).toEqual([
      'memorandum of understanding covering four industrial sectors',
    ]);
  });

  it('gives the `MOU on` form as an alias', () => {
    const [hit] = mouPurposes(sentence('They signed an MOU establishing the Alpha Joint Committee.'));
    expect(hit?.aliases).toEqual(['MOU on the Alpha Joint Committee']);
  });
});

describe('an MOU topic after the day of signing', () => {
  it('reads the topic past `on August 26`', () => {
    const hits = mouLowerTopics(sentence('Alpha Corp. and Beta Ltd. signed a memorandum of understanding on August 26 on the joint research of lithium reserves.'));
    expect(hits.map((h) => h.name)).toEqual(['memorandum of understanding on the joint research of lithium reserves']);
  });
});

describe('MOUs named by the words that qualify them', () => {
  it('reads its example', () => {
    expect(modifiedMous(MODIFIED_MOU.example.sentence).map((h) => h.name)).toEqual(MODIFIED_MOU.example.names);
  });

  it.each(MODIFIED_MOU.mustNot)('must not read: %s', (text) => {
    expect(modifiedMous(text)).toEqual([]);
  });

  it('keeps an acronym among the words', () => {
    expect(modifiedMous('The association signed a battery R&D MOU with Gamma Inc. for joint research.').map((h) => h.name)).toEqual(['battery R&D MOU']);
  });
});

describe('MOUs named by a capitalised title before the word MOU', () => {
  it('reads its example', () => {
    expect(titledMous(TITLED_MOU.example.sentence).map((h) => h.name)).toEqual(TITLED_MOU.example.names);
  });

  it.each(TITLED_MOU.mustNot)('must not read: %s', (text) => {
    expect(titledMous(text)).toEqual([]);
  });

  it('spans the title and the word MOU', () => {
    const text = 'Work continues under the Green Port MOU.';
    const [hit] = titledMous(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('Green Port MOU');
  });
});
