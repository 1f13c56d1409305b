import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import { DATE_PHRASINGS, agreementDateIn } from '../../../../src/extract/agreements/own-date.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

const RELEASE = '2025-11-19';
const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: RELEASE, category: null, url: null, sources: [] });
const agreements = (body: string): LocalAgreement[] => extract(doc(body)).entities.filter((e): e is LocalAgreement => e.label === 'Agreement');

// Each row of DATE_PHRASINGS is a phrasing: its example gives the agreement its day, its neighbours none.
describe('an agreement dated by its own words (signed on, entered into force on)', () => {
  it.each(DATE_PHRASINGS.map((p) => [p.example, p.expected] as const))('%s → %s', (example, expected) => {
    expect(agreementDateIn(example, RELEASE)).toBe(expected);
    expect(agreements(example).find((a) => a.name.includes('Alpha Agreement'))?.date).toBe(expected);
  });

  it.each(DATE_PHRASINGS.flatMap((p) => p.mustNot.map((n) => [n] as const)))('must not date: %s', (neighbour) => {
    expect(agreementDateIn(neighbour, RELEASE)).toBeNull();
    expect(agreements(neighbour).find((a) => a.name.includes('Alpha Agreement'))?.date ?? null).toBeNull();
  });

  it('takes the day nearest the verb when the sentence gives two', () => {
    expect(agreementDateIn('After the summit of Tuesday, November 11, the ministers signed the Alpha Agreement on Monday, November 17.', RELEASE)).toBe('2025-11-17');
  });

  it('dates the MOUs a release names by the day it counted them signed', () => {
    const body =
      'On November 18, the two countries signed two memoranda of understanding (MOUs). ' +
      'The MOU on Energy Cooperation commits both sides to joint projects. The MOU on Digital Trade sets up a working group.';
    const dated = agreements(body).map((a) => [a.name, a.date ?? null]);
    expect(dated).toEqual(expect.arrayContaining([['MOU on Energy Cooperation', '2025-11-18'], ['MOU on Digital Trade', '2025-11-18']]));
  });

  it('leaves an agreement the text gives no day for undated, not the release date', () => {
    expect(agreements('The Alpha Agreement was signed last year and is awaiting ratification.')[0]?.date).toBeUndefined();
  });
});
