import { describe, expect, it } from 'vitest';
import { mouLowerTopics } from '../../../../src/extract/agreements/mou-topics.js';

const topicsOf = (text: string): string[] => mouLowerTopics({ index: 0, text, start: 0, end: text.length }).map((h) => h.name);

describe('MOUs known by a lower-case topic', () => {
  it('reads every MOU of a list, each up to the next one', () => {
    expect(
      topicsOf('The two sides signed a memorandum of understanding on space cooperation, a memorandum of understanding on information technology cooperation and a memorandum of understanding on intellectual property.'),
    ).toEqual([
      'memorandum of understanding on space cooperation',
      'memorandum of understanding on information technology cooperation',
      'memorandum of understanding on intellectual property',
    ]);
  });

  it('ends a topic where `and a` starts another document', () => {
    expect(topicsOf('The ministers signed a memorandum of understanding on defence industry cooperation and an implementation plan on hydrogen.')).toEqual([
      'memorandum of understanding on defence industry cooperation',
    ]);
  });

  it('keeps `and` inside one topic', () => {
    expect(topicsOf('The ministers signed a memorandum of understanding on science and technology cooperation.')).toEqual(['memorandum of understanding on science and technology cooperation']);
  });
});
