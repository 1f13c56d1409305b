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
