import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import { toGoldRecord } from '../../../../src/export/gold-format.js';
import type { Document } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-06-15', category: null, url: null, sources: [] });

/** `A + B: date` for every meeting of two or more the gold export writes. */
function meetings(body: string): string[] {
  const d = doc(body);
  return toGoldRecord(d, extract(d)).meetings.map((m) => `${[...m.participants].sort().join(' + ')}: ${m.date ?? '-'}`);
}

describe('the day of a meeting', () => {
  it.each([
    [
      'an undated occasion after a dated one happened that day',
      'Minister Han Ji-su arrived in Oslo on Tuesday, June 11. At the ceremony, Minister Han Ji-su and Minister Sara Lindqvist signed an MOU on offshore wind.',
      'Han Ji-su + Sara Lindqvist: 2024-06-11',
    ],
    [
      'a later dated occasion of another kind does not lend its day to an undated meeting',
      'Minister Han Ji-su met Commissioner Erik Lund in Oslo on June 11. She then sat down with Minister Sara Lindqvist. On June 12, Minister Han Ji-su delivered a statement at the plenary session.',
      'Han Ji-su + Sara Lindqvist: 2024-06-11',
    ],
    [
      'the following day is the day after the occasion before',
      'Minister Han Ji-su met Commissioner Erik Lund in Oslo on Tuesday, June 11. The following day, Minister Han Ji-su met Minister Sara Lindqvist to discuss batteries.',
      'Han Ji-su + Sara Lindqvist: 2024-06-12',
    ],
    [
      'the following day written at the end of the sentence is the day after too',
      'Minister Han Ji-su met Commissioner Erik Lund in Oslo on Tuesday, June 11. Commissioner Erik Lund, on a three-day visit, met Senator Sara Lindqvist in Bergen, the following day.',
      'Erik Lund + Sara Lindqvist: 2024-06-12',
    ],
    [
      '`Earlier,` is the day of the occasion the release leads with, not of one named in passing in between',
      'President Han Ji-su held a summit with President Erik Lund in Vientiane on Friday, June 14. The visit followed the Alder Summit held in Vientiane on June 12 and 13. Earlier, President Han Ji-su met Prime Minister Sara Lindqvist, who welcomed more investment.',
      'Han Ji-su + Sara Lindqvist: 2024-06-14',
    ],
    [
      'the final day is the last day of the visit',
      'Minister Han Ji-su visited Oslo from June 10 to 12. On June 10, Minister Han Ji-su met Commissioner Erik Lund. On the final day, Minister Han Ji-su met Minister Sara Lindqvist to discuss batteries.',
      'Han Ji-su + Sara Lindqvist: 2024-06-12',
    ],
    [
      'a body that names no day at all: the month of the release',
      'Minister Han Ji-su held some 50 meetings at the 2024 World Economic Forum Annual Meeting in Davos. Minister Han Ji-su met Minister Sara Lindqvist to discuss batteries.',
      'Han Ji-su + Sara Lindqvist: 2024-06',
    ],
    [
      'the next day is the day after the lead’s, when no occasion names a day of its own',
      'Minister Han Ji-su co-chaired the committee in Oslo on Tuesday, June 11. At the committee, the two agencies signed an MOU. The next day, Minister Han Ji-su met Minister Sara Lindqvist to discuss batteries.',
      'Han Ji-su + Sara Lindqvist: 2024-06-12',
    ],
    [
      'the previous day, leading into the occasion, is the day before the occasion told before',
      'The award was announced on June 11 after Minister Han Ji-su held talks with President Paul Weiss. Minister Han Ji-su had flown in the previous day and had dinner with Commissioner Erik Lund.',
      'Erik Lund + Han Ji-su: 2024-06-10',
    ],
    [
      'an undated occasion takes the day of the sentence right before, when that one reports no occasion',
      'Minister Han Ji-su held talks with President Paul Weiss on June 11. Minister Han Ji-su had flown to Oslo on Sunday, June 9. That evening, Minister Han Ji-su had dinner with Commissioner Erik Lund.',
      'Erik Lund + Han Ji-su: 2024-06-09',
    ],
  ])('%s', (_case, body, expected) => {
    expect(meetings(body)).toContain(expected);
  });

  it('dates a welcome at the airport by the day of the arrival it follows', () => {
    const body = 'President Han Ji-su held summit talks in Oslo on June 12. President Han Ji-su arrived in Oslo on June 11 and was welcomed at Gardermoen Airport by Erik Lund, Birchland’s Minister of Industry.';
    expect(meetings(body)).toContain('Erik Lund + Han Ji-su: 2024-06-11');
  });

  it('does not date a meeting by the day of a journey told in its sentence (`who arrived in Lima on August 28`)', () => {
    const body =
      'Alderland and Birchland concluded their negotiations in Lima on June 11. Minister Han Ji-su, who arrived in Lima on June 9, and Minister Erik Lund declared the end of the talks at the fifth round.';
    expect(meetings(body)).toContain('Erik Lund + Han Ji-su: 2024-06-11');
  });

  it('does not date a meeting by `the previous day` that dates another occasion named after it', () => {
    const body =
      'Minister Han Ji-su held meetings in Oslo on June 11. Minister Han Ji-su met Commissioner Erik Lund, and the two agreed to deepen cooperation, as discussed at the Alder-Birch summit the previous day.';
    expect(meetings(body)).toContain('Erik Lund + Han Ji-su: 2024-06-11');
  });

  it('dates an occasion by the nearer of two dates its trigger is nearest to', () => {
    const body = 'The negotiators met from June 11 after President Han Ji-su and President Erik Lund, at their summit in Seoul on June 2 on the sidelines of the forum, left them to finish the work.';
    expect(meetings(body)).toContain('Erik Lund + Han Ji-su: 2024-06-02');
  });

  it('does not date an occasion by the day a closing attribution gives (`…, the ministry said on June 12`)', () => {
    const body = 'Alderland and Birchland signed their agreement in Oslo on June 11 during the Alder-Birch Summit, the ministry said on June 12. The agreement was signed by Minister Han Ji-su and Commissioner Erik Lund.';
    expect(meetings(body)).toContain('Erik Lund + Han Ji-su: 2024-06-11');
  });

  it('keeps the date the text gives an occasion of its own', () => {
    const body = 'Minister Han Ji-su met Commissioner Erik Lund on June 11. The following day, Minister Han Ji-su met Minister Sara Lindqvist on June 13 instead.';
    expect(meetings(body)).toContain('Han Ji-su + Sara Lindqvist: 2024-06-13');
  });
});

describe('`today` and `yesterday`', () => {
  it.each([
    ['in the meeting’s clause: the release’s day', 'Minister Han Ji-su met Sara Lindqvist, Birchland’s Minister of Energy, in Seoul today to discuss batteries.', 'Han Ji-su + Sara Lindqvist: 2024-06-15'],
    ['right after the head: the release’s day', 'Minister Han Ji-su held talks today with Sara Lindqvist, Birchland’s Minister of Energy, on pending issues.', 'Han Ji-su + Sara Lindqvist: 2024-06-15'],
    ['`yesterday`: the day before the release', 'Minister Han Ji-su met Minister Sara Lindqvist in Oslo yesterday to discuss batteries.', 'Han Ji-su + Sara Lindqvist: 2024-06-14'],
    ['after a telling verb: the announcement’s, not the meeting’s', 'Minister Han Ji-su met Minister Sara Lindqvist in Oslo on June 11, the ministry announced today.', 'Han Ji-su + Sara Lindqvist: 2024-06-11'],
  ])('%s', (_case, body, expected) => {
    expect(meetings(body)).toEqual([expected]);
  });

  it.each([
    ['the clause’s own day wins over the telling’s', 'The ministry said on Friday that Minister Han Ji-su met Minister Sara Lindqvist in Lima on June 11.', 'Han Ji-su + Sara Lindqvist: 2024-06-11'],
    ['the telling’s day when the clause gives none', 'The ministry announced on June 12 that Minister Han Ji-su and Minister Sara Lindqvist agreed to open negotiations.', 'Han Ji-su + Sara Lindqvist: 2024-06-12'],
  ])('a day after `said on … that`: %s', (_case, body, expected) => {
    expect(meetings(body)).toEqual([expected]);
  });

  it('dates the clause `today` opens, not the meeting of the clause before', () => {
    const body = 'On June 13 Minister Han Ji-su held talks with Prime Minister Erik Lund, and earlier today she met Chairperson Sara Lindqvist.';
    expect(meetings(body).sort()).toEqual(['Erik Lund + Han Ji-su: 2024-06-13', 'Han Ji-su + Sara Lindqvist: 2024-06-15']);
  });
});

describe('a sentence that moves the story to another time', () => {
  it.each([
    ['The following day,'],
    ['That afternoon'],
    ['Later that day,'],
    ['On the final day,'],
  ])('starts a new occasion after %j', (opening) => {
    const body = `Minister Han Ji-su visited Oslo from June 10 to 12 and met Commissioner Erik Lund on June 10. ${opening} he held talks with Senator Sara Lindqvist.`;
    const groups = meetings(body).map((m) => m.split(':')[0]);
    expect(groups).toContain('Erik Lund + Han Ji-su');
    expect(groups).toContain('Han Ji-su + Sara Lindqvist');
  });
});

describe('an occasion the text dates by its month only', () => {
  it.each([
    [
      'a month and year',
      'Minister Han Ji-su and Minister Sara Lindqvist signed the free trade agreement in Oslo on June 11. The idea was first raised when President Erik Lund and President Omar Haddad met in Bergen in March 2019.',
      'Erik Lund + Omar Haddad: 2019-03',
    ],
    [
      'a month of the year before, without the year',
      'Minister Han Ji-su met Minister Sara Lindqvist in Oslo on June 11. President Erik Lund and President Omar Haddad agreed in November, at a bilateral meeting in Bergen, to conclude the talks.',
      'Erik Lund + Omar Haddad: 2023-11',
    ],
  ])('is dated by that month: %s', (_case, body, expected) => {
    expect(meetings(body)).toContain(expected);
  });

  it('keeps the occasion the release reports on its own day, apart from the earlier one', () => {
    const body =
      'Minister Han Ji-su and Minister Sara Lindqvist signed the free trade agreement in Oslo on June 11. The idea was first raised when President Erik Lund and President Omar Haddad met in Bergen in March 2019.';
    expect(meetings(body)).toContain('Han Ji-su + Sara Lindqvist: 2024-06-11');
    expect(meetings(body).some((m) => m.startsWith('Erik Lund + Han Ji-su'))).toBe(false);
  });

  it('does not date by the month of a span that only bounds something else', () => {
    const body = 'Minister Han Ji-su met Minister Sara Lindqvist in Oslo on June 11 and reviewed the FTA, in force since March 2019.';
    expect(meetings(body)).toEqual(['Han Ji-su + Sara Lindqvist: 2024-06-11']);
  });
});
