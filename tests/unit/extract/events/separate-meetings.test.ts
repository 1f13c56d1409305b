import { describe, expect, it } from 'vitest';
import { separateList } from '../../../../src/extract/events/index.js';
import { meetingGroups, pairMet } from './meeting-groups.js';

const SUBJECT = 'Minister Han Ji-su';

describe('separateMeetings', () => {
  it.each([
    ['met separately with', 'Minister Han Ji-su travelled to Oslo on June 3 and met separately with Commissioner Erik Lund and Minister Sara Lindqvist.'],
    ['held separate meetings with', 'On the margins of the summit on June 3, Minister Han Ji-su held separate meetings with Commissioner Erik Lund and Minister Sara Lindqvist.'],
    ['held bilateral meetings with', 'Minister Han Ji-su held bilateral meetings with Commissioner Erik Lund and Minister Sara Lindqvist in Geneva on June 3.'],
    ['held bilateral talks with counterparts from several countries', 'Minister Han Ji-su held bilateral talks with his counterparts from Norway and Peru, including Commissioner Erik Lund and Minister Sara Lindqvist, in Geneva on June 3.'],
    ['also met', 'During his three-day visit Minister Han Ji-su also met Minister of Commerce Erik Lund and Minister of Economy and Planning Sara Lindqvist to seek opportunities for Korean companies.'],
    ['also held talks with', 'Han Ji-su also held talks with Norwegian Trade Minister Erik Lund and Swedish Trade Minister Sara Lindqvist.'],
    ['met individually with, titles in apposition', 'Minister Han Ji-su met individually with Erik Lund, Commissioner for Trade, and Sara Lindqvist, Minister for Enterprise, on June 3.'],
    ['In separate meetings with … he', 'Minister Han Ji-su attended the forum in Davos on January 20. In separate meetings with Commissioner Erik Lund and Minister Sara Lindqvist, he explained the investment of Korean companies.'],
    ['met the host country’s two leaders', 'Before the summit, President Han Ji-su met National Assembly Speaker Erik Lund and Prime Minister Sara Lindqvist.'],
  ])('gives each counterpart a meeting of their own when the subject %s them', (_case, body) => {
    expect(meetingGroups(body, ['Han Ji-su', 'Erik Lund', 'Sara Lindqvist'])).toEqual([
      ['Erik Lund', 'Han Ji-su'],
      ['Han Ji-su', 'Sara Lindqvist'],
    ]);
  });

  it.each([
    ['met', 'Minister Han Ji-su also met Ohio Governor Erik Lund, Utah Governor Sara Lindqvist and Senator Omar Haddad to promote investment.'],
    ['held talks with, titles in apposition', 'During his visit Minister Han Ji-su also held talks with Erik Lund, Chairman of the Senate Finance Committee, Sara Lindqvist, former president of the Cedar Institute, and Omar Haddad, Vice President of the Chamber of Commerce.'],
    ['held talks with, a title holding initials', 'During his visit Minister Han Ji-su also held talks with Erik Lund, Chairman of the U.S. Senate Finance Committee, Sara Lindqvist, former president of the Cedar Institute, and Omar Haddad, Vice President of the U.S. Chamber of Commerce.'],
  ])('takes a plain list of three or more after %j for a round of calls, one meeting each', (_case, body) => {
    expect(meetingGroups(body, ['Han Ji-su', 'Erik Lund', 'Sara Lindqvist', 'Omar Haddad'])).toEqual([
      ['Erik Lund', 'Han Ji-su'],
      ['Han Ji-su', 'Sara Lindqvist'],
      ['Han Ji-su', 'Omar Haddad'],
    ]);
  });

  it.each([
    ['met A, and she also held talks with B', 'On June 28, President Han Ji-su met Premier Erik Lund, and she also held talks with Chairman Sara Lindqvist.'],
    ['held talks with A on one day, and met B on the next', 'On June 13, Minister Han Ji-su held talks with Secretary Erik Lund on supply chains, and on June 14 he met Commissioner Sara Lindqvist to discuss the FTA.'],
    ['was welcomed by A and held talks with B', 'On May 26 President Han Ji-su was welcomed by President Erik Lund at the palace and held summit talks with Prime Minister Sara Lindqvist.'],
    ['In <place> she met A, …, where she met B', 'President Han Ji-su arrived in Norway on May 25. In Oslo she met Minister Erik Lund, spoke at the university, where she met Chairperson Sara Lindqvist, and toured a plant.'],
    ['met A, and then met B', 'Minister Han Ji-su met Commissioner Erik Lund in Brussels on June 3, and then met Minister Sara Lindqvist in Stockholm.'],
  ])('gives each clause of one sentence its own counterpart: %s', (_case, body) => {
    expect(meetingGroups(body, ['Han Ji-su', 'Erik Lund', 'Sara Lindqvist'])).toEqual([
      ['Erik Lund', 'Han Ji-su'],
      ['Han Ji-su', 'Sara Lindqvist'],
    ]);
  });

  it('keeps the subject after an opening meeting phrase in that meeting too', () => {
    const body = 'After his summit with President Erik Lund, Crown Prince Han Ji-su met Sara Lindqvist, chairman of Alder Steel.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Erik Lund', 'Sara Lindqvist']);
    expect(pairMet(groups, 'Han Ji-su', 'Erik Lund')).toBe(true);
  });

  it.each([
    ['held talks the same day with', 'President Han Ji-su met Minister Erik Lund in Riyadh on June 7 to discuss oil supplies. He also held talks the same day with Sara Lindqvist, president of Cedar Oil.'],
    ['Separately, A and B signed', 'Minister Han Ji-su and Minister Erik Lund signed three memorandums of understanding in Seoul on June 5. The MOUs cover minerals. Separately, Deputy Prime Minister Sara Lindqvist and Minister Omar Haddad signed a framework arrangement on finance.'],
  ])('keeps an occasion of its own apart: %s', (_case, body) => {
    const groups = meetingGroups(body, ['Han Ji-su', 'Erik Lund', 'Sara Lindqvist', 'Omar Haddad']);
    expect(pairMet(groups, 'Erik Lund', 'Sara Lindqvist')).toBe(false);
  });

  it.each([
    ['two counterparts in apposition', 'On May 16 Minister Han Ji-su met Erik Lund, Vice Minister of Norway’s trade ministry, and Sara Lindqvist, Vice Minister of Norway’s foreign ministry.', ['Erik Lund', 'Han Ji-su', 'Sara Lindqvist']],
    ['a group named first', 'At a luncheon on May 16, Minister Han Ji-su met with business leaders, including Chairman Erik Lund, Chairman Sara Lindqvist and Chairman Omar Haddad.', ['Erik Lund', 'Han Ji-su', 'Omar Haddad', 'Sara Lindqvist']],
  ])('keeps %s in one meeting', (_case, body, group) => {
    expect(meetingGroups(body, ['Han Ji-su', 'Erik Lund', 'Sara Lindqvist', 'Omar Haddad'])).toEqual([group]);
  });

  it('splits a list of three and keeps those accompanying the subject in each meeting', () => {
    const body =
      'Minister Han Ji-su, accompanied by Ambassador Paul Weiss, held bilateral meetings with Commissioner Erik Lund, Minister Sara Lindqvist and Minister Budi Santoso in Geneva on June 3.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Paul Weiss', 'Erik Lund', 'Sara Lindqvist', 'Budi Santoso']);
    expect(groups).toEqual([
      ['Erik Lund', 'Han Ji-su', 'Paul Weiss'],
      ['Han Ji-su', 'Paul Weiss', 'Sara Lindqvist'],
      ['Budi Santoso', 'Han Ji-su', 'Paul Weiss'],
    ]);
  });

  it.each([
    ['met with two people together', 'Minister Han Ji-su met with Commissioner Erik Lund and Minister Sara Lindqvist in Oslo on June 3.'],
    ['met a leader and a minister together', 'President Han Ji-su met President Erik Lund and Minister Sara Lindqvist in Oslo on June 3.'],
    ['separate talks earlier in the sentence', 'After separate talks last week, Minister Han Ji-su met with Commissioner Erik Lund and Minister Sara Lindqvist in Oslo on June 3.'],
    ['a trilateral meeting', 'Minister Han Ji-su held a trilateral meeting with Commissioner Erik Lund and Minister Sara Lindqvist in Oslo on June 3.'],
  ])('keeps counterparts together when the subject %s', (_case, body) => {
    expect(pairMet(meetingGroups(body, [SUBJECT.slice(9), 'Erik Lund', 'Sara Lindqvist']), 'Erik Lund', 'Sara Lindqvist')).toBe(true);
  });

  it('ends the list at the place, the date or the purpose', () => {
    const sentence = 'He met separately with A and B in Oslo on June 3 to discuss steel.';
    const list = separateList(sentence, sentence.indexOf('met'), sentence.indexOf('met') + 'met separately with'.length);
    expect(list && sentence.slice(list.start, list.end)).toBe('A and B');
  });
});
