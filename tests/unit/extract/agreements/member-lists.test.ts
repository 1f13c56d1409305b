import { describe, expect, it } from 'vitest';
import { MEMBER_PHRASINGS, memberLists } from '../../../../src/extract/agreements/member-lists.js';
import { analyse } from '../../../../src/extract/nlp/index.js';
import { findCountryMentions } from '../../../../src/extract/passes/countries.js';

const listsIn = (body: string) => memberLists(body, findCountryMentions(analyse(body)));

// Each row of MEMBER_PHRASINGS is a phrasing: its example lists its members, its neighbours none.
describe('the member countries a release lists for an agreement among several', () => {
  it.each(MEMBER_PHRASINGS.map((p) => [p.example.sentence, p.example] as const))('reads %s', (sentence, example) => {
    expect(listsIn(sentence).map((l) => ({ anchor: l.anchor, codes: l.codes }))).toEqual([{ anchor: example.anchor, codes: example.members }]);
  });

  it.each(MEMBER_PHRASINGS.flatMap((p) => p.mustNot))('reads no list in: %s', (sentence) => {
    expect(listsIn(sentence)).toEqual([]);
  });

  it('reads a list with no name as one to place by the sentences before it', () => {
    expect(listsIn('The founding members are the United States, Korea, Japan and Brunei.')).toMatchObject([{ anchor: null, codes: ['US', 'KR', 'JP', 'BN'] }]);
  });

  it.each([
    ['The ABC, comprising Saudi Arabia, Qatar and Oman, is a major market.', 'ABC', ['SA', 'QA', 'OM']],
    ['ABCD, the South American trade bloc, brings together Brazil, Argentina and Uruguay.', 'ABCD', ['BR', 'AR', 'UY']],
  ])('reads a bloc’s make-up given in passing: %s', (sentence, anchor, codes) => {
    expect(listsIn(sentence)).toMatchObject([{ anchor, codes, composition: true }]);
  });

  it('reads no make-up of a delegation composed of officials from its members', () => {
    expect(listsIn('The ABC delegation, comprising officials from Saudi Arabia, Qatar and Oman, arrived.')).toEqual([]);
  });

  it('stops a list at the first word that is no country', () => {
    expect(listsIn("ABC's initial 13 partners, including Korea, the United States, Japan, Australia, India and seven ASEAN members, met in Tokyo.")).toMatchObject([{ anchor: 'ABC', codes: ['KR', 'US', 'JP', 'AU', 'IN'] }]);
  });
});
