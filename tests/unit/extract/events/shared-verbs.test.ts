import { describe, expect, it } from 'vitest';
import { meetingGroups } from './meeting-groups.js';

describe('one verb shared by several people', () => {
  it.each([
    ['signed on behalf of, the verb left out for the second', 'The MOU was signed on June 2 in Vientiane. Deputy Minister Han Ji-su signed on behalf of Korea, and Laura Grant, Secretary of State, on behalf of Laos.'],
    ['put their signatures to', 'Minister Han Ji-su and Minister Laura Grant put their signatures to the agreement in Lima on May 16.'],
    ['inked', 'Minister Han Ji-su and Minister Laura Grant inked the framework agreement in Lima on May 16.'],
    ['co-chaired a session', 'Minister Han Ji-su and Minister Laura Grant co-chaired the ministerial session in Lima on May 16.'],
    ['co-hosted a luncheon', 'Minister Han Ji-su and Minister Laura Grant co-hosted a business luncheon in Lima on May 16.'],
    ['witnessed the signing', 'Minister Han Ji-su and Minister Laura Grant witnessed the signing of the MOU between the two agencies in Lima on May 16.'],
    ['hosted a dinner for', 'Minister Han Ji-su hosted a dinner for Minister Laura Grant in Seoul on May 16.'],
  ])('pairs the people who %s', (_case, body) => {
    expect(meetingGroups(body, ['Han Ji-su', 'Laura Grant'])).toEqual([['Han Ji-su', 'Laura Grant']]);
  });

  it('keeps both groups of a gapped joined-by in the one occasion the sentence reports', () => {
    const body =
      'Minister Han Ji-su was joined by Ambassador Paul Weiss, and Secretary Laura Grant by Deputy Secretary Tom Reid, at the talks in Ottawa on May 8.';
    expect(meetingGroups(body, ['Han Ji-su', 'Paul Weiss', 'Laura Grant', 'Tom Reid'])).toEqual([['Han Ji-su', 'Laura Grant', 'Paul Weiss', 'Tom Reid']]);
  });

  it('reports no occasion when a joined-by names no occasion, only a place', () => {
    const body = 'Minister Han Ji-su was joined by Ambassador Paul Weiss at the office in Seoul.';
    expect(meetingGroups(body, ['Han Ji-su', 'Paul Weiss'])).toEqual([]);
  });
});
