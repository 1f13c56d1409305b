import { describe, expect, it } from 'vitest';
import { acronymOfSides } from '../../../../src/extract/agreements/draft.js';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

describe('an acronym made of the starts of its sides', () => {
  it.each([
    ['KORPE', ['KR', 'PE'], true],
    ['PEKOR', ['KR', 'PE'], true],
    ['KORPE', ['KR', 'CL'], false],
    ['KORPE', ['KR', 'PE', 'CL'], false],
  ] as const)('%s for %j: %s', (acronym, parties, expected) => {
    expect(acronymOfSides(acronym, parties)).toBe(expected);
  });

  it('makes the acronym FTA and the FTA its sides name one agreement', () => {
    const doc: Document = { id: 'd', title: 'T', body: 'A committee was set up under the Korea-Peru Free Trade Agreement. It will help implement the KORPE FTA.', date: '2011-10-31', category: null, url: null, sources: [] };
    const agreements = extract(doc).entities.filter((e): e is LocalAgreement => e.label === 'Agreement');
    expect(agreements.map((a) => a.name)).toEqual(['Korea-Peru Free Trade Agreement']);
  });
});
