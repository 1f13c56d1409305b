import { describe, expect, it } from 'vitest';
import { meetingGroups } from './meeting-groups.js';

/** Signing ceremonies told side by side: each signatory, and those who witnessed, took part together. */
describe('signatories named per side', () => {
  it.each([
    [
      'signed for each side',
      'Korea and Laos signed the Alpha Agreement in Vientiane on June 2. Minister Han Ji-su signed for Korea, and Laura Grant, Secretary of State, signed for Laos.',
      ['Han Ji-su', 'Laura Grant'],
    ],
    [
      'initialed for each side',
      'Minister Han Ji-su initialed for Korea and Minister Laura Grant initialed for the Andean Community in Lima on May 16.',
      ['Han Ji-su', 'Laura Grant'],
    ],
    [
      'a list after `Signing for the other side were`',
      'Minister Han Ji-su signed the Alpha Agreement in Seoul on February 21 with ministers from three countries. Signing for the other side were Laura Grant, Minister of Trade of Chile; Tom Reid, Minister of Economy of Peru; and Ana Ruiz, Vice Minister of Bolivia.',
      ['Ana Ruiz', 'Han Ji-su', 'Laura Grant', 'Tom Reid'],
    ],
    [
      'the text initialed, in the passive',
      'The text was initialed by Minister Han Ji-su and Laura Grant, Minister of Trade of Chile, in Seoul on November 15.',
      ['Han Ji-su', 'Laura Grant'],
    ],
    [
      'an agreement initialed',
      'Minister Han Ji-su and Minister Laura Grant initialed the Alpha Free Trade Agreement in Seoul on November 15.',
      ['Han Ji-su', 'Laura Grant'],
    ],
  ])('pairs the people of a signing: %s', (_case, body, group) => {
    expect(meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz'])).toEqual([group]);
  });

  it.each([
    ['a record of signing, not an occasion', 'Minister Han Ji-su has signed for Korea since 2019. Laura Grant leads the Chilean side.'],
    ['`signed for` a lower-case object', 'Minister Han Ji-su signed for approval the budget that Laura Grant drafted.'],
  ])('reports no signing for %s', (_case, body) => {
    expect(meetingGroups(body, ['Han Ji-su', 'Laura Grant'])).toEqual([]);
  });
});
