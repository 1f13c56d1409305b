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
  ])('must not read a tally as agreements: %s', (body) => {
    expect(names(body)).not.toContain('Korea–Serbia FTA');
  });
});
