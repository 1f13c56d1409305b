import { describe, expect, it } from 'vitest';
import { modelSpans } from '../../../../src/extract/nlp/model-spans.js';

describe('modelSpans', () => {
  it.each([
    ['ordinary text', 'Minister Yeo met the delegation.', 12, ['Minister Yeo met the delegation.']],
    ['a run just at the limit', 'ab 0123456789 cd', 10, ['ab 0123456789 cd']],
    ['a run over the limit in the middle', 'ab 0123456789x cd', 10, ['ab ', ' cd']],
    ['a run over the limit at the start', '0123456789xy cd', 10, [' cd']],
    ['a run over the limit at the end', 'ab\n0123456789xy', 10, ['ab\n']],
    ['only a long run', '0123456789xyz', 10, []],
    ['two long runs', 'a 0123456789xy b 0123456789xy c', 10, ['a ', ' b ', ' c']],
  ])('leaves out runs of non-space characters longer than the limit (%s)', (_label, text, limit, expected) => {
    expect(modelSpans(text, limit).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});
