import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });
const agreements = (body: string): string[] =>
  extract(doc(body)).entities.filter((e): e is LocalAgreement => e.label === 'Agreement').map((a) => `${a.name}: ${a.status}`);

describe('a signed amendment of an agreement', () => {
  it.each([
    ['The two ministers signed the protocol amending the Korea–Peru Free Trade Agreement in Lima.', 'protocol amending the Korea–Peru Free Trade Agreement: signed'],
    ['The two presidents witnessed the signing of the amendment to the Korea–Peru Free Trade Agreement on Monday.', 'amendment to the Korea–Peru Free Trade Agreement: signed'],
  ])('is a document of its own: %s', (body, expected) => {
    const found = agreements(body);
    expect(found).toContain(expected);
    // the agreement it amends is still there, and in force
    expect(found).toContain('Korea–Peru Free Trade Agreement: in_force');
  });

  it.each([['The ministers reviewed the amendment negotiations on the Korea–Peru Free Trade Agreement.'], ['The ministers discussed amending the Korea–Peru Free Trade Agreement.']])(
    'must not: %s',
    (body) => {
      expect(agreements(body).filter((a) => /^(?:amendment|protocol)/.test(a))).toEqual([]);
    },
  );
});
