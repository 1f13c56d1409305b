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

describe('a batch of MOUs a release counts', () => {
  it.each([
    ['Korea and Norway signed nine memorandums of understanding to build a partnership in shipbuilding.', 'nine memorandums of understanding'],
    ['Korea and Norway held a business forum in Seoul. Three memorandums of understanding on shared ventures were signed at the forum.', 'Three memorandums of understanding on shared ventures'],
    ['Korea and Norway held a summit in Oslo. The leaders observed the signing of the 66 MOUs concluded between the two countries, covering energy and banking.', '66 MOUs'],
  ])('is one MOU of both sides, known also as the text counts it: %s', (body, counted) => {
    const [mou] = agreementsIn(body).filter((a) => a.kind === 'MOU');
    expect(mou?.aliases).toContain(counted);
    expect(mou?.parties).toEqual(['KR', 'NO']);
    expect(mou?.status).toBe('signed');
  });

  it.each([
    [
      'Korea and Norway held a summit in Oslo. Companies of the two countries signed four MOUs during the ceremony, covering grid software, small reactors (SMR) and green energy.',
      'four MOUs covering grid software, small reactors (SMR) and green energy',
    ],
    ['Korea and Norway held a summit in Oslo. A total of 12 MOUs were signed covering the whole fishing chain, including processing and shipping.', '12 MOUs covering the whole fishing chain'],
  ])('is known also by what the text says it covers, beside its count: %s', (body, covered) => {
    const [mou] = agreementsIn(body).filter((a) => a.kind === 'MOU');
    expect(mou?.aliases).toContain(covered);
    expect(mou?.aliases.some((a) => /^(?:four|12) MOUs$/.test(a))).toBe(true);
  });

  it.each([
    'Korea and Norway held a summit in Oslo. The two sides signed 20 memorandums of understanding, 16 of them economic, and agreed to work together.',
    'Korea and Norway held a summit in Oslo. Companies of the two countries signed 26 MOUs and contracts at the forum in Bergen.',
  ])('is no agreement when the text only counts documents: %s', (body) => {
    expect(agreementsIn(body).filter((a) => a.kind === 'MOU')).toEqual([]);
  });

  it('reads an MOU on a framework named after it as that framework, not as an MOU of its own', () => {
    const found = agreementsIn("Deputy Minister Park and Alphania's Commerce Secretary signed a memorandum of understanding on the Alpha Promotion Framework (APF), which sets up a platform.");
    expect(found.map((a) => `${a.name} (${a.kind}, ${a.status})`)).toEqual(['Alpha Promotion Framework (framework, signed)']);
  });
});
