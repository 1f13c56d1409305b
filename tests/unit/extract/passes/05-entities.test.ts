import { describe, expect, it } from 'vitest';
import type { Document, LocalPerson } from '../../../../src/domain/index.js';
import { extract } from '../../../../src/extract/index.js';

const personsIn = (body: string): LocalPerson[] => {
  const doc: Document = { id: 'doc_1', title: 'A press release', body, date: '2025-12-16', category: null, url: null, sources: [] };
  return extract(doc).entities.filter((e): e is LocalPerson => e.label === 'Person');
};

describe('person names written with an honour or a royal title', () => {
  it.each([
    ['Minister Han Ji-su met Sir Tom Reid, Minister of State of the United Kingdom, in London.', 'Tom Reid'],
    ['The Crown Prince was accompanied by Prince Faisal bin Nasser Al Thani, Minister of Energy.', 'Faisal bin Nasser Al Thani'],
  ])('also knows the name without it in %j', (body, bare) => {
    expect(personsIn(body).flatMap((p) => [p.name, ...p.aliases])).toContain(bare);
  });

  it('keeps no one-word name from a royal title and a single given name', () => {
    const people = personsIn('Minister Han Ji-su met King Olav in Oslo on December 15.');
    expect(people.flatMap((p) => p.aliases)).not.toContain('Olav');
  });
});

describe('the countries a release lists', () => {
  const codesIn = (body: string): string[] => {
    const doc: Document = { id: 'doc_1', title: 'A press release', body, date: '2025-12-16', category: null, url: null, sources: [] };
    return extract(doc).entities.flatMap((e) => (e.label === 'Country' ? [e.code] : [])).sort();
  };

  it('leaves out a country named only inside a foreign company’s name', () => {
    const body = 'Korean trade minister Han Ji-su met executives of Deltaron Motors, Korea Steel Corporation and the Agricultural Credit Bank of China in Seoul on December 15.';
    expect(codesIn(body)).not.toContain('CN');
    expect(codesIn(body)).toContain('KR');
  });

  it('keeps it when the text also names the country on its own', () => {
    const body = 'Korean trade minister Han Ji-su met executives of the Agricultural Credit Bank of China in Seoul on December 15 to discuss investment in China.';
    expect(codesIn(body)).toContain('CN');
  });
});
