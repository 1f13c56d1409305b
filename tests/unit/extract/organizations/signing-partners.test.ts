import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/extract/passes/01-sentences.js';
import { findCountryMentions } from '../../../../src/extract/passes/countries.js';
import { findOrganizations } from '../../../../src/extract/passes/02-organizations.js';
import { SIGNING_PHRASINGS } from '../../../../src/extract/organizations/signing-partners.js';
import { orgsOf } from '../helpers.js';

const names = (body: string): string[] => orgsOf(body).map((o) => o.name);

describe('addSigningPartners: the phrasings table', () => {
  it.each(SIGNING_PHRASINGS.map((p) => [p.pattern, p.example.sentence, p.example.partner] as const))('%s: finds the partner in %j', (_pattern, sentence, partner) => {
    expect(names(sentence)).toContain(partner);
  });

  it.each(SIGNING_PHRASINGS.flatMap((p) => p.mustNotMatch.map((sentence) => [p.pattern, sentence] as const)))('%s: adds no partner in %j', (_pattern, sentence) => {
    const found = orgsOf(sentence);
    expect(found.filter((o) => o.kind === 'company' && !/Corporation|C&T/.test(o.name)).map((o) => o.name)).toEqual([]);
  });
});

describe('addSigningPartners: the partner’s country', () => {
  const withHome = (body: string, home: string | null) => {
    const sentences = splitSentences(body);
    return findOrganizations(sentences.text, sentences.words, findCountryMentions(sentences.text), home);
  };
  const body = 'Korea and Norway held talks. Korea Velmar Corporation (KVC) signed two MOUs with Ostragaz on gas. Norway and the EU welcomed it.';

  it('is the foreign country a bilateral release names most', () => {
    expect(withHome(body, 'KR').find((o) => o.name === 'Ostragaz')?.country).toBe('NO');
  });

  it('is left open without a home country', () => {
    expect(withHome(body, null).find((o) => o.name === 'Ostragaz')?.country).toBeNull();
  });
});
