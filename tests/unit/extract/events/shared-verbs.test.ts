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
});
