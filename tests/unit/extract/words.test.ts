import { describe, expect, it } from 'vitest';
import { isAcronym, sentenceWords } from '../../../src/extract/words.js';
import { analyse } from '../../../src/extract/nlp/index.js';
import { extract } from '../../../src/extract/index.js';
import type { Document, LocalOrganization, LocalPerson } from '../../../src/domain/index.js';

describe('isAcronym', () => {
  it.each([['KOTRA'], ['G20'], ['M.AX'], ['J&K'], ['K-SURE'], ['KN-CEPA']])('reads %s as an acronym', (word) => {
    expect(isAcronym(word)).toBe(true);
  });

  it.each([['Trade-Investment'], ['COVID-19'], ['K-'], ['-SURE'], ['K--SURE'], ['Korea'], ['A']])('does not read %s as one', (word) => {
    expect(isAcronym(word)).toBe(false);
  });
});

describe('a title after a hyphenated acronym', () => {
  it('ties the post to the body the acronym stands for', () => {
    const body = 'The MOU was signed by K-SURE CEO Jeon Gyu-tae in Seoul. The Korea Trade Insurance Corporation (K-SURE) will fund exporters.';
    const doc: Document = { id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] };
    const { entities } = extract(doc);
    const person = entities.find((e): e is LocalPerson => e.label === 'Person' && e.name === 'Jeon Gyu-tae');
    const org = entities.find((e): e is LocalOrganization => e.label === 'Organization' && e.name === 'Korea Trade Insurance Corporation');
    expect(person?.positions).toEqual([{ title: 'CEO', orgLocalId: org?.localId }]);
  });
});

describe('sentenceWords', () => {
  const wordsOf = (body: string): string[] => sentenceWords(analyse(body)).flat().map((w) => w.text);

  it('parts a plural’s possessive apostrophe from its word', () => {
    expect(wordsOf("Alder Motors' new plant opened.")).toEqual(['Alder', 'Motors', "'", 'new', 'plant', 'opened', '.']);
  });

  it('keeps an apostrophe inside a name or closing an honorific', () => {
    expect(wordsOf("Dato' Seri Ali and Ed O'Brien met.")).toEqual(["Dato'", 'Seri', 'Ali', 'and', 'Ed', "O'Brien", 'met', '.']);
  });
});
