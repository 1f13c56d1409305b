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

  it.each([
    ['The minister signed the MOU on mining, refining and battery cooperation with the Alphan Secretary.', 'MOU on mining, refining and battery cooperation'],
    ['The two ministers signed an MOU on port cooperation, shipping and vessel repair.', 'MOU on port cooperation, shipping and vessel repair'],
  ])('reads a topic that is itself a list, commas and all: %s', (sentence, name) => {
    expect(topicsOf(sentence)).toEqual([name]);
  });

  it.each([
    ['The two sides signed an MOU on energy, signed last year and ratified in March.', 'MOU on energy'],
    ['The two sides signed an MOU on critical minerals cooperation, covering surveys, mining and processing.', 'MOU on critical minerals cooperation'],
    ['The two sides signed an MOU on energy, and the ministers agreed to meet again.', 'MOU on energy'],
  ])('ends a topic at a comma that starts another clause: %s', (sentence, name) => {
    expect(topicsOf(sentence)).toEqual([name]);
  });

  it.each([
    [
      'The minister signed a memorandum of understanding with the Alphan Secretary of Energy on the establishment of a Joint Committee for Trade, Investment and Energy Cooperation.',
      'MOU on the establishment of a Joint Committee for Trade, Investment and Energy Cooperation',
    ],
    ['The two ministers signed an MOU on the establishment of a Korea–Alphania critical minerals supply chain center in Hanoi.', 'MOU on the establishment of a Korea–Alphania critical minerals supply chain center'],
    ['Beta Construction signed an MOU on the 541-kilometer North–South railway, worth USD 5.3 billion.', 'MOU on the 541-kilometer North–South railway'],
    ['The utility signed an MOU with the Alphan grid company on a 765-kilovolt transmission network.', 'MOU on a 765-kilovolt transmission network'],
  ])('keeps a capitalised name or a measure inside a lower-case topic: %s', (sentence, name) => {
    expect(topicsOf(sentence)).toEqual([name]);
  });

  it.each([
    ['The two sides signed an MOU on investment in the UAE.', 'MOU on investment'],
    ['The two sides signed an MOU on energy cooperation in Seoul on Monday.', 'MOU on energy cooperation'],
    ['The two sides signed a memorandum of understanding on strategic investment in November last year.', 'memorandum of understanding on strategic investment'],
    ['The two sides signed an MOU on the establishment of a Joint Committee, the ministry said.', 'MOU on the establishment of a Joint Committee'],
    ['The agency signed an MOU on port logistics and the Alpha Port Authority opened an office.', 'MOU on port logistics'],
    ['The two governments will sign a memorandum of understanding on strategic investment and issue a joint fact sheet.', 'memorandum of understanding on strategic investment'],
    ['The MOU on critical minerals cooperation sets up cooperation in exploring critical minerals.', 'MOU on critical minerals cooperation'],
    ['The two governments will sign an MOU on energy cooperation in the coming months to support investment.', 'MOU on energy cooperation'],
    ['The MOU on rules of origin aims to let clothing made with Alphan fabrics benefit more widely.', 'MOU on rules of origin'],
  ])('ends a topic before a place, a time or the next clause: %s', (sentence, name) => {
    expect(topicsOf(sentence)).toEqual([name]);
  });

  it('reads no lower-case topic from a capitalised name alone: that is another document', () => {
    expect(topicsOf('The two sides signed a memorandum of understanding on the Alpha Promotion Framework (APF).')).toEqual([]);
  });

  it('reads two MOUs, not one name, from `on A and the MOU on B`', () => {
    expect(topicsOf('The MOU on lithium refining and the MOU on port logistics were also signed.')).toEqual(['MOU on lithium refining', 'MOU on port logistics']);
  });
});
