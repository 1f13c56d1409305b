import { describe, expect, it } from 'vitest';
import type { MarkedMention } from '../../../src/query/types.js';
import { documentRuns, sentenceParts } from '../../../web/js/text-marks.js';

describe('sentenceParts', () => {
  const sentence = 'The minister met the ambassador.';
  // The sentence starts at offset 100 of its document; "minister" is at 104–112.
  const evidence = { sentence, sentenceStart: 100, start: 104, end: 112 };

  it('cuts a sentence around the evidence, given in document offsets', () => {
    expect(sentenceParts(evidence)).toEqual(['The ', 'minister', ' met the ambassador.']);
  });

  it.each([
    ['starts before the sentence', { start: 90, end: 103 }, ['', 'The', ' minister met the ambassador.']],
    ['ends after the sentence', { start: 121, end: 200 }, ['The minister met the ', 'ambassador.', '']],
    ['lies wholly outside it', { start: 300, end: 310 }, [sentence, '', '']],
    ['ends before it starts', { start: 112, end: 104 }, ['The minister', '', ' met the ambassador.']],
  ])('clamps evidence that %s', (_case, range, parts) => {
    expect(sentenceParts({ ...evidence, ...range })).toEqual(parts);
  });
});

describe('documentRuns', () => {
  const mention = (start: number, end: number, name: string, label: MarkedMention['label'] = 'Person'): MarkedMention => ({
    start,
    end,
    name,
    label,
    entityId: `${label.toLowerCase()}:${name}`,
  });
  const texts = (paragraphs: ReturnType<typeof documentRuns>) => paragraphs.map((runs) => runs.map((r) => r.text));

  it('gives unmarked text as one run in one paragraph', () => {
    expect(documentRuns('No names here.', [])).toEqual([[{ text: 'No names here.', mention: null, inTarget: false }]]);
  });

  it('cuts the text at each mention and ties each run to the mention covering it', () => {
    const text = 'Lee met Kim in Seoul.';
    const lee = mention(0, 3, 'Lee');
    const seoul = mention(15, 20, 'Seoul', 'Country');
    const runs = documentRuns(text, [lee, seoul])[0];
    expect(runs?.map((r) => [r.text, r.mention?.name ?? null])).toEqual([
      ['Lee', 'Lee'],
      [' met Kim in ', null],
      ['Seoul', 'Seoul'],
      ['.', null],
    ]);
  });

  it('starts a new paragraph at each blank line, dropping the blank line itself', () => {
    expect(texts(documentRuns('First.\n\nSecond.\n  \nThird.', []))).toEqual([['First.'], ['Second.'], ['Third.']]);
  });

  it('marks the target passage, cutting runs where it starts and ends', () => {
    const runs = documentRuns('Lee met Kim in Seoul.', [mention(0, 3, 'Lee')], { start: 0, end: 11 })[0] ?? [];
    expect(runs.map((r) => [r.text, r.inTarget])).toEqual([
      ['Lee', true],
      [' met Kim', true],
      [' in Seoul.', false],
    ]);
  });

  it('keeps a mention inside the target as a mention', () => {
    const lee = mention(4, 7, 'Lee');
    const runs = documentRuns('Mr. Lee spoke.', [lee], { start: 0, end: 14 })[0] ?? [];
    expect(runs.find((r) => r.text === 'Lee')).toEqual({ text: 'Lee', mention: lee, inTarget: true });
  });

  it('splits a target that spans a blank line into a run in each paragraph', () => {
    const paragraphs = documentRuns('One.\n\nTwo.', [], { start: 0, end: 10 });
    expect(paragraphs.map((runs) => runs.map((r) => [r.text, r.inTarget]))).toEqual([[['One.', true]], [['Two.', true]]]);
  });

  it('ignores offsets beyond the text', () => {
    expect(texts(documentRuns('Short.', [mention(40, 45, 'Gone')], { start: 50, end: 60 }))).toEqual([['Short.']]);
  });

  it('loses no character of the text outside blank lines', () => {
    const text = 'Minister Lee met Ambassador Kim.\n\nThey signed the accord in Seoul.';
    const mentions = [mention(9, 12, 'Lee'), mention(28, 31, 'Kim'), mention(60, 65, 'Seoul', 'Country')];
    expect(texts(documentRuns(text, mentions, { start: 0, end: 20 })).map((p) => p.join(''))).toEqual(text.split('\n\n'));
  });
});
