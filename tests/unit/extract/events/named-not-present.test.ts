import { describe, expect, it } from 'vitest';
import { meetingGroups, pairMet } from './meeting-groups.js';

const PEOPLE = ['Han Ji-su', 'Laura Grant', 'Paul Weiss'];
const MET = 'Minister Han Ji-su met with Secretary Laura Grant in Ottawa on May 8.';

describe('people a meeting sentence names who were not there', () => {
  it.each([
    ['an administration', `${MET} They reviewed the fund launched under President Paul Weiss.`],
    ['a statement of last year', `${MET} Grant recalled that President Paul Weiss said last year that the alliance was strong.`],
    ['a coming visit', `${MET} They also discussed preparations for President Paul Weiss, who will visit Seoul next month.`],
    ['an invitation', 'Minister Han Ji-su attended the Energy Forum in Riyadh on May 8 at the invitation of Minister Paul Weiss.'],
    ['someone represented', 'Minister Han Ji-su met with Secretary Laura Grant in Ottawa on May 8 on behalf of President Paul Weiss.'],
    ['a letter read out', 'The Business Forum was held in Seoul on May 16 with Minister Han Ji-su. A letter from President Paul Weiss was read at the opening.'],
    ['a letter delivered', 'The Business Forum was held in Seoul on May 16. Minister Han Ji-su delivered a congratulatory message from President Paul Weiss.'],
    ['a saying quoted', `${MET} As President Paul Weiss noted, trade builds trust.`],
  ])('leaves out the person named in %s', (_case, body) => {
    expect(pairMet(meetingGroups(body, PEOPLE), 'Han Ji-su', 'Paul Weiss')).toBe(false);
  });

  it.each([
    ['a past record of signings', `${MET} Since taking office, Grant has signed agreements with Minister Paul Weiss.`, 'Laura Grant'],
  ])('reports no occasion for %s', (_case, body, a) => {
    expect(pairMet(meetingGroups(body, PEOPLE), a, 'Paul Weiss')).toBe(false);
  });

  it.each([
    ['a present host of a later summit', 'Minister Han Ji-su met with Minister Paul Weiss, who will host the summit next year, in Ottawa on May 8.'],
    ['a speaker who read a letter', 'The Business Forum was held in Seoul on May 16. Minister Han Ji-su opened it, and Minister Paul Weiss delivered a congratulatory speech.'],
    ['guests such as', 'Minister Han Ji-su held a luncheon in Seoul on May 16 for guests such as Minister Paul Weiss.'],
  ])('still counts someone present in %s', (_case, body) => {
    expect(pairMet(meetingGroups(body, PEOPLE), 'Han Ji-su', 'Paul Weiss')).toBe(true);
  });
});
