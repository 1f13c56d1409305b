import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });
const names = (body: string): string[] =>
  extract(doc(body), { homeCountry: 'KR' }).entities.filter((e): e is LocalAgreement => e.label === 'Agreement').map((a) => a.name);

describe('agreements named by their partners after `with`', () => {
  it('reads a counted list as one agreement a partner', () => {
    const found = names('Three free trade agreements, with Norway, Iceland and Serbia, took effect on December 20, the ministry said.');
    expect(found).toEqual(expect.arrayContaining(['Korea–Norway FTA', 'Korea–Iceland FTA', 'Korea–Serbia FTA']));
  });

  it.each([
    ['Korea now has FTAs in force with Norway, Iceland, Serbia and Chile.'],
    ['Two free trade agreements, with Norway, Iceland and Serbia, took effect.'],
    ['Exporters used free trade agreements with Norway, Iceland and Serbia.'],
    ['It is Korea’s fifth FTA, following those with Norway, Iceland and Serbia.'],
    ['Korea is seeking separate agreements, having already concluded FTAs with Norway and Serbia.'],
  ])('must not read a tally as agreements: %s', (body) => {
    expect(names(body)).not.toContain('Korea–Serbia FTA');
  });

  it('reads the FTAs with two partners that the release tells of', () => {
    const found = names('The Assembly approved the agreement together with the FTAs with Norway and Serbia.');
    expect(found).toEqual(expect.arrayContaining(['Korea–Norway FTA', 'Korea–Serbia FTA']));
  });

  it('leaves a `with` after `and` to the clause’s verb', () => {
    const found = names('The minister held talks with the U.S. envoy on the Korea-U.S. FTA, and with Serbia’s minister on investment.');
    expect(found).not.toContain('Korea–Serbia FTA');
  });
});

describe('the owner of an agreement with partners', () => {
  const parties = (body: string): string[] =>
    extract(doc(body), { homeCountry: 'KR' })
      .entities.filter((e): e is LocalAgreement => e.label === 'Agreement')
      .map((a) => `${a.name} → ${a.parties.join(',')}`);

  it('gives an agreement a possessive names the owner of to that owner and its partner', () => {
    expect(parties('Korea and Mongolia agreed to study an EPA. Mongolia’s first EPA, with Japan, entered into force last month.')).toContain('Mongolia–Japan EPA → JP,MN');
  });

  it('gives the home country’s own agreement to the home country', () => {
    expect(parties('Korea and Mongolia agreed to study an EPA. Korea’s first FTA, with Chile, entered into force in 2004.')).toContain('Korea–Chile FTA → CL,KR');
  });
});
