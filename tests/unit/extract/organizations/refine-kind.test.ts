import { describe, expect, it } from 'vitest';
import { refineKind } from '../../../../src/extract/organizations/refine-kind.js';
import { orgsOf } from '../helpers.js';

describe('refineKind', () => {
  it.each([
    ['Ministry of Mines and Energy', 'company', false, 'government'],
    ['Federal Ministry for Economic Affairs', 'other', false, 'government'],
    ['Velmar-Korea Business Council', 'other', true, 'association'],
    ['Kanto Economic Federation', 'other', false, 'association'],
    ['Korea–Norway Joint Economic Commission', 'government', true, 'international'],
    ['Export Promotion Agency', 'other', false, 'government'],
  ] as const)('%s (%s) is %s', (name, kind, twoParties, expected) => {
    expect(refineKind(name, kind, twoParties)).toBe(expected);
  });

  it.each([
    // one party in the name: a national committee
    ['Korea Fair Trade Commission', 'government', false, 'government'],
    // a council with no listed head kind stays other
    ['Artificial Intelligence Council', 'other', false, 'other'],
  ] as const)('must not: %s (%s) stays %s', (name, kind, twoParties, expected) => {
    expect(refineKind(name, kind, twoParties)).toBe(expected);
  });

  it('reads a committee named for two countries as a joint, international body', () => {
    const orgs = orgsOf('The 5th Korea–Norway Joint Economic Commission was held in Oslo.');
    expect(orgs.find((o) => o.name.endsWith('Joint Economic Commission'))?.kind).toBe('international');
  });
});
