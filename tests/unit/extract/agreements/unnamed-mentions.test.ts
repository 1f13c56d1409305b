import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2019-06-15', category: null, url: null, sources: [] });
const agreementsIn = (body: string): LocalAgreement[] => extract(doc(body)).entities.filter((e): e is LocalAgreement => e.label === 'Agreement');

describe('MOUs a release counts without naming', () => {
  it('takes no signing side from a country inside another agreement named in the sentence', () => {
    const names = agreementsIn('Alpha Trade Agency signed four MOUs with Sweden to encourage companies to use the Korea-EU FTA.').map((a) => a.name);
    expect(names).toContain('Korea–Sweden MOU');
    expect(names).not.toContain('Korea–EU MOU');
  });
});
