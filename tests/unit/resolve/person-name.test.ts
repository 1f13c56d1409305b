import { describe, expect, it } from 'vitest';
import { isInitialsForm, parsePersonName } from '../../../src/resolve/person-name.js';

describe('parsePersonName', () => {
  it.each([
    ['Kim Jung-kwan', 'kim', 'jung kwan', 'jk', 'kim jung kwan'],
    ['JK Kim', 'kim', null, 'jk', null],
    ['J.K. Kim', 'kim', null, 'jk', null],
    ['JK (Jung-Kwan) Kim', 'kim', 'jung kwan', 'jk', 'kim jung kwan'],
    ['Trade Minister Yeo Han-koo', 'yeo', 'han koo', 'hk', 'yeo han koo'],
    ['MOTIR Minister JK Kim', 'kim', null, 'jk', null],
    ['Lee Jae Myung', 'lee', 'jae myung', 'jm', 'lee jae myung'],
    ['Director General Kang', 'kang', null, null, null],
    ['Kevin Engel', 'engel', 'kevin', 'k', 'engel kevin'],
    ['Maroš Šefčovič', 'sefcovic', 'maros', 'm', 'sefcovic maros'],
    ['Crown Princess Victoria', 'victoria', null, null, 'crown princess victoria'],
  ])('reads %s as surname %s, given %s, initials %s', (text, surname, given, initials, full) => {
    expect(parsePersonName(text)).toEqual({ surname, given, initials, full });
  });

  it('strips the titles the extractor saw before the name', () => {
    expect(parsePersonName('Senior Assistant Deputy Minister Alexandra Dostal', ['Senior Assistant Deputy Minister']).full).toBe('dostal alexandra');
  });

  it.each([
    ['JK Kim', true],
    ['JK (Jung-Kwan) Kim', false],
    ['Kim Jung-kwan', false],
    ['Minister Kim', false],
  ])('says whether %s is written with initials only (%s)', (text, expected) => {
    expect(isInitialsForm(parsePersonName(text))).toBe(expected);
  });

  it.each(['Kim Jung-kwan', 'Kim Sung-whan', 'Kim Min-seok', 'Kim Dae-ja'])(
    'gives %s a full name no other Kim of the seeds shares',
    (name) => {
      const others = ['Kim Jung-kwan', 'Kim Sung-whan', 'Kim Min-seok', 'Kim Dae-ja'].filter((n) => n !== name);
      expect(others.map((o) => parsePersonName(o).full)).not.toContain(parsePersonName(name).full);
    },
  );
});
