import { describe, expect, it } from 'vitest';
import { adoptedDocuments } from '../../../../src/extract/agreements/adopted-documents.js';

const namesIn = (sentence: string): string[] => adoptedDocuments(sentence).map((h) => h.name);

describe('documents a meeting adopts by name', () => {
  it('reads a declaration a forum adopted, signed and of kind other', () => {
    const [hit] = adoptedDocuments('The meeting, chaired by the host minister, adopted the Alphaville Declaration.');
    expect(hit).toMatchObject({ name: 'Alphaville Declaration', kind: 'other', stated: 'signed' });
  });

  it('keeps the years a document bears and reads each item of the list', () => {
    expect(namesIn('The ministers reviewed cooperation since 2009 and adopted the Betaville Declaration 2012 and the Action Plan (2013-2015).')).toEqual([
      'Betaville Declaration 2012',
      'Action Plan (2013-2015)',
    ]);
  });

  it('reads an action plan named by its topic after joint statements the list also names', () => {
    expect(
      namesIn('The three leaders adopted the Joint Statement for Alpha Partnership, the Joint Statement on the Beta Economy and the Action Plan for Promoting Gamma Cooperation.'),
    ).toEqual(['Action Plan for Promoting Gamma Cooperation']);
  });

  it('spans the name in the sentence', () => {
    const sentence = 'The forum adopted the Alphaville Declaration on Energy Security.';
    const [hit] = adoptedDocuments(sentence);
    expect(sentence.slice(hit!.start, hit!.end)).toBe('Alphaville Declaration on Energy Security');
  });

  it.each([
    'The leaders adopted a declaration on trade.',
    'The meeting adopted the Alphaville Action Agenda to Support Small Firms and agreed to study a free trade area.',
    'The leaders adopted the Alpha–Beta Joint Declaration on Strategic Partnership.',
    'Alphania has applied the Beta Declaration since 2012.',
    'The forum adopted new rules, and the Alphaville Declaration was read aloud.',
    'The ministers adopted the Declaration and the Action Plan.',
  ])('names none in: %s', (sentence) => {
    expect(namesIn(sentence)).toEqual([]);
  });
});
