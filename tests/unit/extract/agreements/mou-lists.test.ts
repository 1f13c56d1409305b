import { describe, expect, it } from 'vitest';
import { listedMous, MOU_LIST_PHRASINGS, topicsOfList } from '../../../../src/extract/agreements/mou-lists.js';

const namesIn = (sentence: string): string[] => listedMous(sentence).map((h) => h.name);

// Each row of MOU_LIST_PHRASINGS is a phrasing: its example gives its MOUs, its neighbours none.
describe('MOUs listed in one sentence', () => {
  it.each(MOU_LIST_PHRASINGS.map((p) => [p.id, p.example] as const))('%s: reads its example', (_id, example) => {
    expect(namesIn(example.sentence)).toEqual(example.names);
  });

  it.each(MOU_LIST_PHRASINGS.flatMap((p) => p.mustNot.map((n) => [p.id, n] as const)))('%s must not read: %s', (_id, sentence) => {
    expect(namesIn(sentence)).toEqual([]);
  });

  it('keeps as one the MOUs whose list one topic governs', () => {
    expect(namesIn('Memoranda of understanding were signed on cooperation in fisheries, tourism and the environment.')).toEqual([
      'Memoranda of understanding on cooperation in fisheries, tourism and the environment',
    ]);
  });

  it('reads MOUs that cover a list as signed', () => {
    expect(listedMous('Other MOUs cover trade, the digital economy and the environment.').map((h) => h.stated)).toEqual(['signed', 'signed', 'signed']);
  });

  it('gives each listed MOU its own span, so none is read as part of another', () => {
    const spans = listedMous('Other MOUs cover trade, the digital economy and the environment.').map((h) => [h.start, h.end]);
    expect(new Set(spans.map((s) => s.join(':'))).size).toBe(3);
  });
});

describe('topicsOfList', () => {
  it.each([
    ['digital cooperation, logistics and shipping, healthcare and AI safety', ['digital cooperation', 'logistics and shipping', 'healthcare', 'AI safety']],
    ['the digital economy and the environment', ['the digital economy', 'the environment']],
    ['cooperation in diplomacy, sports and the environment', null],
    ['healthcare', null],
  ])('%s → %j', (list, topics) => {
    expect(topicsOfList(list)).toEqual(topics);
  });
});
