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

  it('still continues the occasion from a sentence of the same time', () => {
    const body = 'Minister Han Ji-su and Minister Laura Grant signed the Alpha Agreement in Seoul on June 1. The signing was witnessed by President Tom Reid.';
    expect(meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Tom Reid'])).toEqual([['Han Ji-su', 'Laura Grant', 'Tom Reid']]);
  });
});
