import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/extract/nlp/index.js';
import { findAgreements } from '../../../../src/extract/passes/agreements.js';
import { findCountryMentions } from '../../../../src/extract/passes/countries.js';

const agreements = (body: string) => {
  const text = analyse(body);
  return findAgreements(text, findCountryMentions(text), 'KR');
};

describe('a trade agreement named by its kind alone', () => {
  it('is the one agreement of that kind the release names, with the stronger status', () => {
    const found = agreements(
      'Alphania became the first country with which Korea has launched negotiations on an Economic Partnership Agreement (EPA). The joint declaration on the Korea-Alphania EPA will follow next year.',
    );
    expect(found.map((a) => a.name)).toEqual(['Korea-Alphania EPA']);
    expect(found[0]!.aliases).toEqual(expect.arrayContaining(['Economic Partnership Agreement', 'EPA']));
    expect(found[0]!.status).toBe('negotiating');
  });

  it('stays apart when the release names two agreements of that kind', () => {
    const found = agreements(
      'Korea launched negotiations on an Economic Partnership Agreement (EPA) this year. It plans a Korea-Alphania EPA and a Korea-Betania EPA next year.',
    );
    expect(found.map((a) => a.name)).toContain('Economic Partnership Agreement');
  });
});
