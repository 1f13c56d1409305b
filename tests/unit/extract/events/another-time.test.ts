import { describe, expect, it } from 'vitest';
import { meetingGroups } from './meeting-groups.js';

/** A sentence set at another time (`last November`, `two years ago`) tells of an earlier occasion. */
describe('people named at another time', () => {
  it.each([
    [
      'last <month>',
      'Minister Han Ji-su and Minister Laura Grant signed the Alpha Agreement in Seoul on June 1. The signing comes seven months after President Tom Reid and President Ana Ruiz declared the conclusion in Lima last November. After the signing, the two ministers held a meeting.',
    ],
    [
      '<n> years ago',
      'Minister Han Ji-su and Minister Laura Grant signed the Alpha Agreement in Seoul on June 1. The signing follows the talks President Tom Reid and President Ana Ruiz held two years ago. After the signing, the two ministers held a meeting.',
    ],
  ])('keeps a pair named %s out of the occasion under way and out of `the two ministers`', (_case, body) => {
    expect(meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz'])).toEqual([['Han Ji-su', 'Laura Grant']]);
  });

  it('keeps the summit of another day (`held that summit in Tokyo on March 16, 2023`) apart from the meeting that marks it', () => {
    const body =
      'Minister Han Ji-su visited Tokyo on April 22 and met Laura Grant, Minister of Economy, to mark the first anniversary of the Alder–Birch summit. President Tom Reid and Prime Minister Ana Ruiz held that summit in Tokyo on March 16, 2023. Minister Han and Minister Grant reviewed follow-up measures to the items agreed at the summit.';
    expect(meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz'])).toEqual([
      ['Han Ji-su', 'Laura Grant'],
      ['Ana Ruiz', 'Tom Reid'],
    ]);
  });

  it('keeps a meeting on the margins of a named summit from the summit’s own people', () => {
    const body =
      'Minister Han Ji-su held the Alder–Birch Trade Ministers’ Meeting with Laura Grant in Beijing on December 11. It came a month after the two ministers met in Gyeongju on November 1 on the margins of the APEC Economic Leaders’ Meeting. President Tom Reid and President Ana Ruiz attended the APEC Economic Leaders’ Meeting.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid', 'Ana Ruiz']);
    expect(groups.some((g) => g.includes('Han Ji-su') && g.includes('Tom Reid'))).toBe(false);
  });

  it('still continues the occasion from a sentence of the same time', () => {
    const body = 'Minister Han Ji-su and Minister Laura Grant signed the Alpha Agreement in Seoul on June 1. The signing was witnessed by President Tom Reid.';
    expect(meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid'])).toEqual([['Han Ji-su', 'Laura Grant', 'Tom Reid']]);
  });
});
