import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });
const agreements = (body: string): string[] =>
  extract(doc(body), { homeCountry: 'KR' })
    .entities.filter((e): e is LocalAgreement => e.label === 'Agreement')
    .map((a) => [a.name, ...a.aliases].join(' | '));

describe('an agreement named again with its sides left out', () => {
  it('reads `the Investment Agreement` as the one `Korea-Alphania Investment Agreement` found before', () => {
    expect(agreements('Korea and Alphania signed the Korea-Alphania Investment Agreement on June 2. The Investment Agreement protects investors against expropriation.')).toEqual([
      'Korea-Alphania Investment Agreement | Investment Agreement',
    ]);
  });

  it('leaves the short name alone when two agreements end with it', () => {
    const found = agreements('Korea signed the Korea-Alphania Investment Agreement and the Korea-Betania Investment Agreement. The Investment Agreement protects investors.');
    expect(found).not.toContain('Korea-Alphania Investment Agreement | Investment Agreement');
    expect(found).not.toContain('Korea-Betania Investment Agreement | Investment Agreement');
  });
});
