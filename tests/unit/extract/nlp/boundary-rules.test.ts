import { describe, expect, it } from 'vitest';
import { analyse, BOUNDARY_RULES } from '../../../../src/extract/nlp/index.js';

const segmented = (text: string): string[] => analyse(text).sentences.map((s) => s.text);
const expected = (rows: string): string[] => rows.split(' || ');
const plain = (rows: string): string => rows.replaceAll(' || ', ' ');

describe('sentence boundary rules', () => {
  const examples = BOUNDARY_RULES.map((rule) => [rule.name, rule.example] as const);
  const neighbours = BOUNDARY_RULES.flatMap((rule) => rule.mustNot.map((text) => [rule.name, text] as const));

  it.each(examples)('%s: segments its example as written', (_name, example) => {
    expect(segmented(plain(example))).toEqual(expected(example));
  });

  it.each(neighbours)('%s: leaves its neighbour as segmented', (_name, neighbour) => {
    expect(segmented(plain(neighbour))).toEqual(expected(neighbour));
  });

  it('keeps sentence and token offsets slicing back to the text after a join and a split', () => {
    const text = 'Ms. Oh met Jane W. Doe, U.S. Under Secretary of State, and Carlos Mendoza Jr. They talked. Trade grew.';
    const analysed = analyse(text);
    expect(analysed.sentences.map((s) => s.text)).toEqual([
      'Ms. Oh met Jane W. Doe, U.S. Under Secretary of State, and Carlos Mendoza Jr.',
      'They talked.',
      'Trade grew.',
    ]);
    for (const s of analysed.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of analysed.tokens) expect(analysed.sentences[t.sentenceIndex]!.start).toBeLessThanOrEqual(t.start);
    expect(analysed.tokens.find((t) => t.text === 'Trade')?.sentenceIndex).toBe(2);
  });
});

// Shapes the model already segments right, pinned so a model or rule change cannot undo them.
describe('sentence boundaries the model gets right', () => {
  it.each([
    'Mary K. Smith, chief executive of Zeta Motors, met Minister Han. || Zeta will invest $1.2 billion.',
    'Exports rose 3.5 percent to $12.3 billion. || Imports fell 0.4 percent.',
    'Minister Han met U.S. Trade Representative Jane Doe. || They discussed tariffs.',
    'The Korea–U.S. FTA entered into force in 2012. || It covers goods and services.',
    'Delta Steel Co. President Oh spoke first. || Beta Steel Co., Ltd. signed an MOU.',
    'Gamma Inc. and Delta Ltd. signed an MOU. || Gamma Inc. CEO Lee attended.',
    'The forum opened at 9 a.m. on Monday. || It ended at noon.',
    'Dr. Park Min-su spoke at the forum. || He said trade grew.',
    'The plant is at No. 5 Industrial Road in Ulsan. || It opened in May.',
    'The forum was held at the St. Regis Hotel in Seoul. || It ended early.',
    'He met Vice Minister Kim in Washington, D.C. on Monday.',
    'The talks were held in Washington, D.C. || The session ended at noon.',
  ])('%s', (rows) => {
    expect(segmented(plain(rows))).toEqual(expected(rows));
  });
});
