import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/extract/nlp/index.js';
import { findAgreements } from '../../../../src/extract/passes/agreements.js';
import { findCountryMentions } from '../../../../src/extract/passes/countries.js';

const agreements = (body: string) => {
  const text = analyse(body);
  return findAgreements(text, findCountryMentions(text));
};

describe('findAgreements', () => {
  it.each([
    [
      'Minister Kim signed the Korea–UAE Comprehensive Economic Partnership Agreement (CEPA) in Seoul.',
      { name: 'Korea–UAE Comprehensive Economic Partnership Agreement', kind: 'CEPA', status: 'signed', parties: ['AE', 'KR'] },
    ],
    [
      'Korea and Japan will discuss the Korea-Japan EPA next year.',
      { name: 'Korea-Japan EPA', kind: 'EPA', parties: ['JP', 'KR'] },
    ],
    [
      'The first round of negotiations for a Comprehensive Economic Partnership Agreement (CEPA) between Korea and Serbia was held in Seoul.',
      { name: 'Korea–Serbia Comprehensive Economic Partnership Agreement', kind: 'CEPA', status: 'negotiating', parties: ['KR', 'RS'] },
    ],
    ['Korea signed its first FTA with Chile in 2004. Korea has since expanded its FTA network.', { name: 'Korea–Chile FTA', kind: 'FTA', parties: ['CL', 'KR'] }],
    [
      'The two sides signed the Memorandum of Understanding (MOU) on Strengthening Service Trade Cooperation.',
      { name: 'Memorandum of Understanding on Strengthening Service Trade Cooperation', kind: 'MOU', status: 'signed' },
    ],
    ['The two companies signed the MOU on Nuclear New Technologies, AI, and Global Market Cooperation.', { name: 'MOU on Nuclear New Technologies, AI, and Global Market Cooperation', kind: 'MOU' }],
    [
      'The Korean agency signed a Memorandum of Understanding (MOU) on September 30 with the Uzbek agency.',
      { name: 'Korea–Uzbekistan MOU', kind: 'MOU', status: 'signed', parties: ['KR', 'UZ'] },
    ],
    ['The council signed the Strategic AI Cooperation Framework, agreeing to deepen cooperation.', { name: 'Strategic AI Cooperation Framework', kind: 'framework' }],
    ['The two associations also issued a joint statement committing to promote exchanges.', { kind: 'joint_statement' }],
    ['The Korea–China FTA entered into force in 2015.', { name: 'Korea–China FTA', status: 'in_force' }],
    ['The members back the Investment Facilitation for Development (IFD) Agreement.', { aliases: ['IFD Agreement'] }],
  ])('reads the agreement in %j', (body, expected) => {
    expect(agreements(body)[0]).toMatchObject(expected);
  });

  it.each([
    ['Traditional FTAs focused largely on market opening.'],
    ['The ministry announced the Modular Trade Agreement Initiative.'],
    ['Recipients will sign project agreements with the agency.'],
    ['The agreements reached at the summit were reviewed.'],
    ['Regulatory frameworks will be improved.'],
  ])('finds no agreement in %j', (body) => {
    expect(agreements(body)).toEqual([]);
  });

  it('merges the written-out name, the compound acronym and a bare acronym into one agreement', () => {
    const found = agreements(
      'They signed the Korea–UAE Comprehensive Economic Partnership Agreement (CEPA) in 2024. The Korea–UAE CEPA awaits ratification. The committee starts once CEPA takes effect.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.aliases).toEqual(expect.arrayContaining(['Korea–UAE CEPA', 'CEPA']));
    expect(found[0]?.mentions).toHaveLength(3);
  });

  it('keeps two MOUs signed with different countries apart', () => {
    const found = agreements('Korea signed MOUs with standardization bodies in Canada and Italy.');
    expect(found.map((a) => a.name)).toEqual(['Korea–Canada MOU', 'Korea–Italy MOU']);
  });
});
