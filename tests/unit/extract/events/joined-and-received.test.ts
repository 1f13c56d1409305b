import { describe, expect, it } from 'vitest';
import { meetingGroups, pairMet } from './meeting-groups.js';

describe('people joining the subject, and the subject received by someone', () => {
  it.each([
    ['The call was also joined by', 'Minister Han Ji-su held a video conference with Secretary Laura Grant on March 4. The call was also joined by Ambassador Paul Weiss.'],
    ['X was joined by', 'Minister Han Ji-su met with Secretary Laura Grant in Ottawa on May 8. Han was joined by Ambassador Paul Weiss.'],
    ['X, joined by Y, met', 'Minister Han Ji-su, joined by Ambassador Paul Weiss, met with Secretary Laura Grant in Ottawa on May 8.'],
    ['accompanied by', 'Minister Han Ji-su, accompanied by Ambassador Paul Weiss, toured the plant in Texas on May 9 and met with Governor Laura Grant.'],
    ['accompanied the President', 'President Han Ji-su attended the Alder Business Roundtable hosted by Secretary Laura Grant in Washington on May 20. Minister Paul Weiss accompanied the President.'],
    ['together with', 'Minister Han Ji-su, together with Ambassador Paul Weiss, held talks with Secretary Laura Grant on May 8.'],
    ['X was accompanied by, right after the meeting', 'Minister Han Ji-su met with Secretary Laura Grant in Ottawa on May 8. Grant was accompanied by Ambassador Paul Weiss.'],
  ])('counts everyone in %j as taking part', (_cue, body) => {
    expect(meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Paul Weiss'])).toEqual([['Han Ji-su', 'Laura Grant', 'Paul Weiss']]);
  });

  it.each([
    ['greeted by', 'Minister Han Ji-su arrived in Riyadh on May 8 and was greeted by Deputy Minister Laura Grant at the airport.'],
    ['briefed by', 'Minister Han Ji-su toured the port of Rotterdam on June 3, where he was briefed by CEO Laura Grant on its hydrogen terminal.'],
    ['received by', 'Minister Han Ji-su was received by President Laura Grant at the presidential palace on June 4.'],
    ['warmly welcomed by', 'Minister Han Ji-su was warmly welcomed by Governor Laura Grant on arrival at the plant on May 9.'],
    ['hosted a titled visitor', 'Minister Han Ji-su hosted visiting Saudi Energy Minister Laura Grant in Seoul on May 9.'],
    ['paid a courtesy call on', 'Minister Han Ji-su paid a courtesy call on Prime Minister Laura Grant in Hanoi on May 9.'],
    ['received a courtesy call from', 'Minister Han Ji-su received a courtesy call from Ambassador Laura Grant in Seoul on May 9.'],
    ['spoke by phone with', 'Minister Han Ji-su spoke by phone with Secretary Laura Grant on May 9 about tariffs.'],
    ['met virtually with', 'Minister Han Ji-su met virtually with Secretary Laura Grant on May 9.'],
    ['held a telephone conversation with', 'Minister Han Ji-su held a telephone conversation with Secretary Laura Grant on May 9.'],
  ])('pairs the subject with the one they were %s', (_cue, body) => {
    expect(meetingGroups(body, ['Han Ji-su', 'Laura Grant'])).toEqual([['Han Ji-su', 'Laura Grant']]);
  });

  it('does not take in a speaker who came on the visit, named in `X, who accompanied the President, said …`', () => {
    const body =
      'The contract was signed in Abu Dhabi on December 27 by CEO Han Ji-su and CEO Laura Grant, in a ceremony attended by the two presidents. Minister Paul Weiss, who accompanied the President, said exports would grow.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Paul Weiss']);
    expect(groups).toContainEqual(['Han Ji-su', 'Laura Grant']);
    expect(pairMet(groups, 'Han Ji-su', 'Paul Weiss')).toBe(false);
  });

  it.each([
    [
      'a delegation',
      'President Han Ji-su held a summit with President Laura Grant in Seoul on May 8. The visit marks the 60th anniversary of relations. President Grant was accompanied by a delegation including Minister Paul Weiss.',
    ],
    [
      'ministers',
      'President Han Ji-su held a summit with President Laura Grant in Seoul on May 8. The visit marks the 60th anniversary of relations. President Grant was accompanied by Minister Paul Weiss.',
    ],
  ])('leaves out the retinue of a visit (%s) told after a sentence about something else', (_case, body) => {
    const groups = meetingGroups(body, ['Han Ji-su', 'Laura Grant', 'Paul Weiss']);
    expect(groups).toContainEqual(['Han Ji-su', 'Laura Grant']);
    expect(pairMet(groups, 'Han Ji-su', 'Paul Weiss')).toBe(false);
  });

  it.each([
    ['a plan welcomed by industry', 'Minister Han Ji-su said the plan drafted by Secretary Laura Grant was welcomed by industry.'],
    ['an agreement welcomed', 'Minister Han Ji-su welcomed the agreement reached by Secretary Laura Grant last year.'],
    ['a report received', 'Minister Han Ji-su said the report from Secretary Laura Grant had been received.'],
  ])('pairs nobody for %s', (_case, body) => {
    expect(pairMet(meetingGroups(body, ['Han Ji-su', 'Laura Grant']), 'Han Ji-su', 'Laura Grant')).toBe(false);
  });
});
