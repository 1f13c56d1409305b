import { describe, expect, it } from 'vitest';
import { mouSignatories, signatoryNames, SIGNATORY_PHRASINGS, type BodySpan } from '../../../../src/extract/agreements/company-signatories.js';
import { analyse } from '../../../../src/extract/nlp/index.js';
import { findCountryMentions } from '../../../../src/extract/passes/countries.js';

/** The signatories' short forms, the named bodies standing for what the organisation pass finds. */
function signatoriesIn(sentence: string, bodies: readonly string[] = []): string[] | null {
  const spans: BodySpan[] = bodies.map((b) => ({ start: sentence.indexOf(b), end: sentence.indexOf(b) + b.length, acronym: null, government: false }));
  const countries = findCountryMentions(analyse(sentence));
  const isCountry = (from: number, to: number): boolean => countries.some((c) => c.start <= from && c.end >= to);
  return mouSignatories(sentence, spans, isCountry)?.map((s) => s.short) ?? null;
}

// Each row of SIGNATORY_PHRASINGS is a phrasing: its example gives its signatories, its neighbours none.
describe('the bodies that signed an MOU', () => {
  it.each(SIGNATORY_PHRASINGS.map((p) => [p.id, p.example] as const))('%s: reads its example', (_id, example) => {
    expect(signatoriesIn(example.sentence, example.bodies)).toEqual(example.signatories);
  });

  it.each(SIGNATORY_PHRASINGS.flatMap((p) => p.mustNot.map((n) => [p.id, n] as const)))('%s must not read: %s', (_id, sentence) => {
    expect(signatoriesIn(sentence)).toBeNull();
  });

  it('reads a signer past the aside that describes it', () => {
    expect(signatoriesIn('H2Zeta, the public-private council for hydrogen, signed an MOU with the Ruritanian Hydrogen Council in Lima.')).toEqual(['H2Zeta', 'Ruritanian Hydrogen Council']);
  });

  it.each([
    ['On the occasion of the forum, Zentral Hydro Power Corp (ZHP) and Gridwell signed an MOU on grid maintenance.'],
    ['Among them, Zentral Hydro Power Corp (ZHP) and Gridwell signed an MOU on grid maintenance.'],
  ])('reads the signers after an opening phrase of time, place or batch: %s', (sentence) => {
    expect(signatoriesIn(sentence, ['Gridwell'])).toEqual(['ZHP', 'Gridwell']);
  });

  it('reads a signer described before its name, as the other side after `with` is', () => {
    expect(signatoriesIn('Zentral Hydro Power Corp (ZHP) and Ruritania’s state grid operator Gridwell signed an MOU on grid maintenance.', ['Gridwell'])).toEqual(['ZHP', 'Gridwell']);
  });

  it('keeps whole a body whose name holds commas and `and`', () => {
    const sentence = 'The Zeta Institute (ZI) signed an MOU with the Institute of Mines, Energy and Industry (IMEI) on joint research.';
    expect(signatoriesIn(sentence, ['Institute of Mines, Energy and Industry'])).toEqual(['ZI', 'IMEI']);
  });

  it('reads every body on the other side of a three-way MOU', () => {
    expect(signatoriesIn('ZHP signed a three-way memorandum of understanding on hydrogen with Gridwell Corporation and Northern Power Partners (NPP) on March 4.')).toEqual(['ZHP', 'Gridwell Corporation', 'NPP']);
  });

  it('names the MOU by its signatories in short and written forms', () => {
    expect(signatoryNames([{ name: 'Zentral Hydro Power Corp', short: 'ZHP', government: false }, { name: 'Gridwell', short: 'Gridwell', government: false }])).toEqual([
      'ZHP–Gridwell MOU',
      'ZHP–Gridwell memorandum of understanding',
      'Zentral Hydro Power Corp–Gridwell MOU',
      'Zentral Hydro Power Corp–Gridwell memorandum of understanding',
    ]);
  });
});
