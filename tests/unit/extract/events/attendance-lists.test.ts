import { describe, expect, it } from 'vitest';
import { meetingGroups, pairMet } from './meeting-groups.js';

const PEOPLE = ['Han Ji-su', 'Laura Grant', 'Paul Weiss'];

describe('attendance lists after the sentence that reports the occasion', () => {
  it.each([
    ['Attending were', 'Minister Han Ji-su hosted a roundtable with investors in Busan on March 4. Attending were Laura Grant, CEO of Brightwave Energy; and Paul Weiss, President of Nordline Logistics.'],
    ['Participants included', 'Minister Han Ji-su held a business roundtable in Lagos on June 2. Participants included Laura Grant, head of the chamber, and Paul Weiss of Westport Bank.'],
    ['Also present were', 'Minister Han Ji-su met with Secretary Laura Grant in Ottawa on May 8. Also present were Ambassador Paul Weiss and two deputies.'],
    ['The meeting was attended by', 'A policy seminar was held in Seoul on May 16. The meeting was attended by Minister Han Ji-su, Laura Grant and Paul Weiss.'],
    ['Among the attendees were', 'Minister Han Ji-su hosted a dinner meeting with investors in Hanoi on July 9. Among the attendees were Laura Grant, Chairman of Lotus Steel, and Paul Weiss.'],
    ['The event brought together', 'The ministry held an investment seminar in Doha on April 3. The event brought together Minister Han Ji-su, Laura Grant and Paul Weiss.'],
    ['Those in attendance included', 'Minister Han Ji-su opened the trade exhibition in Lima on April 3. Those in attendance included Laura Grant and Paul Weiss.'],
    ['were also present', 'Minister Han Ji-su met with Secretary Laura Grant in Ottawa on May 8. Ambassador Paul Weiss and two deputies were also present.'],
    ['Joining the minister were', 'Minister Han Ji-su held a meeting with investors in Busan on May 9. Joining the minister were Laura Grant, CEO of Brightwave, and Paul Weiss.'],
    ['The CEOs present included', 'Minister Han Ji-su held a meeting with investors in Busan on May 9. The CEOs present included Laura Grant and Paul Weiss.'],
    ['The signing was witnessed by', 'The MOU was signed in Busan on May 9 by Minister Han Ji-su and the agency. The signing was witnessed by Laura Grant and Paul Weiss.'],
    ['Speaking at the forum … also spoke', 'The Trade Forum was held in Busan on May 9. Speaking at the forum, Minister Han Ji-su said trade was growing. Laura Grant and Paul Weiss also spoke.'],
    ['also attended', 'Minister Han Ji-su met with Secretary Laura Grant in Ottawa on May 8. Ambassador Paul Weiss also attended.'],
    ['attended, along with', 'Minister Han Ji-su presided over the 25th meeting of the Alder Commission in Seoul on June 23. Officials of three ministries attended, along with experts including Professor Laura Grant and Paul Weiss, CEO of Birch Steel.'],
    ['Among them were', 'Minister Han Ji-su met heads of research institutes in Seoul on February 7. Participants shared their views on risks. Among them were Laura Grant, President of the Alder Institute, and Paul Weiss.'],
    ['took part, including (after remarks at a gathering)', 'Vice Minister Han Ji-su delivered New Year’s remarks to Alderland’s new and renewable energy industry at a gathering in Seoul on February 22. The event was organized to recognize the sector. Some 150 people took part, including Chairman Laura Grant and Paul Weiss, President of Birch Power.'],
    ['Taking part were', 'Minister Han Ji-su and the ministers of two other countries held a video conference on May 1. Taking part were Birchish Minister for Trade Laura Grant and Cedarian Minister of Industry Paul Weiss.'],
    ['The participants, including', 'Minister Han Ji-su met the heads of the largest business groups in Seoul on January 4. The participants, including Alder Steel President Laura Grant and Birch Motors CEO Paul Weiss, asked for support.'],
    ['attended, together with', 'Minister Han Ji-su attended the Alder Business Roundtable in Washington on May 20. From the business community, Laura Grant, CEO of Brightwave, and Paul Weiss attended, together with American business leaders.'],
    ['Signatories for … included', 'Minister Han Ji-su and the ministers of the bloc signed the Alder Investment Agreement in Jeju on June 2. Signatories for the bloc included Minister of Commerce Laura Grant and Minister of Trade Paul Weiss.'],
    ['Business participants included', 'Minister Han Ji-su attended the Alder Business Forum in Seoul on May 9. Business participants included Laura Grant, chairman of the chamber, and Paul Weiss, CEO of Birch Steel.'],
  ])('brings everyone listed after %j into the occasion', (_cue, body) => {
    expect(meetingGroups(body, PEOPLE)).toEqual([['Han Ji-su', 'Laura Grant', 'Paul Weiss']]);
  });

  it('takes in those who discussed something in the sentence right after the meeting', () => {
    const body = 'Minister Han Ji-su met with Secretary Laura Grant in Ottawa on May 8. Han and Deputy Secretary Paul Weiss discussed export controls.';
    expect(meetingGroups(body, PEOPLE)).toEqual([['Han Ji-su', 'Laura Grant', 'Paul Weiss']]);
  });

  it('keeps a discussion reported paragraphs later out of the meeting', () => {
    const body =
      'Minister Han Ji-su met with Secretary Laura Grant in Ottawa on May 8. Exports rose 5 percent in April. Steel led the gains. Analysts, Paul Weiss among them, discussed the data.';
    expect(pairMet(meetingGroups(body, PEOPLE), 'Laura Grant', 'Paul Weiss')).toBe(false);
  });

  it.each([
    ['a later sentence about attendance in general', 'Minister Han Ji-su met with Secretary Laura Grant in Ottawa on May 8. Paul Weiss said attendance at trade fairs has risen.'],
    ['a list of a different kind', 'Minister Han Ji-su met with Secretary Laura Grant in Ottawa on May 8. Exports to Canada included steel, according to Paul Weiss.'],
  ])('does not take in someone named in %s', (_case, body) => {
    expect(pairMet(meetingGroups(body, PEOPLE), 'Han Ji-su', 'Paul Weiss')).toBe(false);
  });
});

describe('the heads of the two sides of a forum, each in a sentence of their own', () => {
  it('pairs the head of one side with the head of the other', () => {
    const body =
      'Korea and Alderland held the 10th Korea–Alderland Energy Forum this week, the ministry said on July 5. The Korean side, headed by Han Ji-su, the Deputy Minister for Energy, brought some 30 representatives. Alderland’s delegation of about 30, led by Laura Grant, Director General of Oil and Gas, included officials of its directorates.';
    expect(meetingGroups(body, PEOPLE)).toEqual([['Han Ji-su', 'Laura Grant']]);
  });
});
