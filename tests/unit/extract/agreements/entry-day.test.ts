import { describe, expect, it } from 'vitest';
import { entersOnReleaseEve } from '../../../../src/extract/agreements/entry-day.js';

describe('an entry into force announced for the release’s next day', () => {
  it.each([
    ['The Alpha Agreement will take effect on August 1, the ministry announced on July 31.', '2018-07-31', true],
    ['The Alpha Agreement will enter into force on July 15, the ministry said.', '2016-07-15', true],
    ['The Alpha Agreement will enter into force on March 15, the minister announced.', '2012-02-21', false],
    ['The Alpha Agreement is set to take effect on December 31.', '2024-12-24', false],
    ['The Alpha Agreement took effect on August 1.', '2018-07-31', false],
    ['The Alpha Agreement will take effect once both legislatures ratify it.', '2018-07-31', false],
  ])('%s (release %s): %s', (sentence, release, expected) => {
    expect(entersOnReleaseEve(sentence, release)).toBe(expected);
  });
});
