import { describe, expect, it } from 'vitest';
import { edgeKey, foldName, nodeKey, slug } from '../../../src/domain/keys.js';

describe('foldName', () => {
  it.each([
    ['Maroš Šefčovič', 'maros sefcovic'],
    ['Yeo Han-koo', 'yeo han koo'],
    ['Korea–UAE', 'korea uae'],
    ['  MOTIR ', 'motir'],
    ['JK (Jung-Kwan) Kim', 'jk jung kwan kim'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldName(input)).toBe(expected);
  });
});

describe('keys', () => {
  it('makes node keys from a label prefix and a slug', () => {
    expect(nodeKey('Person', slug('Kim Jung-kwan'))).toBe('person:kim-jung-kwan');
    expect(nodeKey('Country', 'KR')).toBe('country:KR');
  });

  it('never yields an empty slug', () => {
    expect(slug('—')).toBe('unnamed');
  });

  it('qualifies parallel edges only when asked', () => {
    expect(edgeKey('MET', 'person:a', 'person:b')).toBe('MET:person:a->person:b');
    expect(edgeKey('HOLDS_POSITION', 'person:a', 'org:b', 'minister')).toBe('HOLDS_POSITION:person:a->org:b:minister');
  });
});
