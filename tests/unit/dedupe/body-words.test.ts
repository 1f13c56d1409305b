import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyWords } from '../../../src/dedupe/body-words.js';
import { foldName } from '../../../src/domain/index.js';
import { readInputs } from '../../../src/parse/index.js';

describe('bodyWords', () => {
  it.each([
    ['Korea’s Exports, U.S. Tariffs', ['korea', 's', 'exports', 'u', 's', 'tariffs']],
    ['Maroš Šefčovič met Yeo Han-koo', ['maros', 'sefcovic', 'met', 'yeo', 'han', 'koo']],
    ['USD 59.6 billion (2.3%)', ['usd', '59', '6', 'billion', '2', '3']],
    ['한국 무역', ['한국', '무역']],
    ['  — … ', []],
  ])('splits %j into %j', (body, words) => expect(bodyWords(body)).toEqual(words));

  it('agrees with the domain foldName word for word on every seed body', async () => {
    const { documents } = await readInputs([join(import.meta.dirname, '../../../seeds')]);
    for (const { body } of documents) expect(bodyWords(body).join(' ')).toBe(foldName(body));
  });
});
