import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2008-09-26', category: null, url: null, sources: [] });
const partiesOf = (body: string, name: string): readonly string[] | undefined =>
  extract(doc(body)).entities.find((e): e is LocalAgreement => e.label === 'Agreement' && e.name === name)?.parties;

describe('the parties a compound names', () => {
  it('reads a side that is a short form of a country (`Korea-US FTA`) as that country', () => {
    expect(partiesOf('Alphania would be its newest partner, while the Korea-US FTA signed last year awaits ratification.', 'Korea-US FTA')).toEqual(['KR', 'US']);
  });

  it('reads no country in a side that is only a word', () => {
    expect(partiesOf('The Korea-Alpha FTA signed last year awaits ratification.', 'Korea-Alpha FTA')).toEqual(['KR']);
  });
});
