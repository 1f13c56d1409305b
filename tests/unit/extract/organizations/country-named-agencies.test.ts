import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMED_AGENCIES } from '../../../../src/extract/organizations/country-named-agencies.js';
import { orgsOf } from '../helpers.js';

const examples = COUNTRY_NAMED_AGENCIES.map((p) => [p.example.sentence, p.example.body] as const);
const neighbours = COUNTRY_NAMED_AGENCIES.flatMap((p) => p.mustNotMatch);

describe('bodies named by portfolio and country', () => {
  it.each(examples)('%s names %s, a government body of that country', (sentence, name) => {
    const body = orgsOf(sentence).find((o) => o.name === name);
    expect(body).toMatchObject({ kind: 'government' });
    expect(body?.country).not.toBeNull();
  });

  it.each(neighbours)('must not: %s names no body that ends in a country', (sentence) => {
    const names = orgsOf(sentence).map((o) => o.name);
    expect(names.filter((n) => / (?:Korea|Canada|Velmar)$/.test(n))).toEqual([]);
  });

  it('keeps the acronym bracketed after the name', () => {
    const [example] = examples;
    const body = orgsOf(example![0]).find((o) => o.name === example![1]);
    expect(body?.aliases).toContain('ISED');
  });
});
