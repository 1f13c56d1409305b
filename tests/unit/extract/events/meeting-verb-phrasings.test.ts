import { describe, expect, it } from 'vitest';
import { MEETING_VERB_PHRASINGS } from '../../../../src/extract/events/meeting-verb-phrasings.js';
import { meetingGroups, pairMet } from './meeting-groups.js';

const PEOPLE = ['Han Ji-su', 'Laura Grant', 'Paul Weiss'];

const examples = MEETING_VERB_PHRASINGS.map((p) => [p.example, p] as const);
const neighbours = MEETING_VERB_PHRASINGS.flatMap((p) => p.mustNot.map((n) => [n, p] as const));

describe('the meeting verb phrasings table', () => {
  it.each(examples)('pairs the two people of its example %j', (example, phrasing) => {
    expect(phrasing.pattern.test(example)).toBe(true);
    expect(pairMet(meetingGroups(example, PEOPLE), 'Han Ji-su', 'Laura Grant')).toBe(true);
  });

  it('pairs two leaders who adopted a joint statement together', () => {
    expect(pairMet(meetingGroups('President Han Ji-su and Prime Minister Laura Grant adopted a joint statement in The Hague on December 13.', PEOPLE), 'Han Ji-su', 'Laura Grant')).toBe(true);
  });

  it('pairs a meal companion whose given name holds a hyphen, and one who joined the meal', () => {
    const body = 'Minister Han Ji-su had breakfast with Marc-Henri Roy, chief of staff to the Prime Minister, joined by Minister of Industry Laura Grant.';
    const groups = meetingGroups(body, ['Han Ji-su', 'Marc-Henri Roy', 'Laura Grant']);
    expect(pairMet(groups, 'Han Ji-su', 'Marc-Henri Roy')).toBe(true);
    expect(pairMet(groups, 'Han Ji-su', 'Laura Grant')).toBe(true);
  });

  it('adds those who joined a visit made with someone named', () => {
    const body = 'On December 12, President Han Ji-su visited the headquarters of Alder with King Laura Grant. Alder CEO Paul Weiss joined the visit.';
    expect(pairMet(meetingGroups(body, PEOPLE), 'Han Ji-su', 'Paul Weiss')).toBe(true);
  });

  it.each(neighbours)('pairs no one in the neighbour %j', (neighbour) => {
    expect(pairMet(meetingGroups(neighbour, PEOPLE), 'Han Ji-su', 'Laura Grant')).toBe(false);
  });

  // A row whose pattern reaches the one met makes a meeting of its own, as `met X` does: it does
  // not join an earlier day's talks because no name follows the verb.
  it.each(MEETING_VERB_PHRASINGS.filter((p) => p.counterpart === true).map((p) => [p.example, p] as const))(
    'keeps %j apart from talks of the day before',
    (example) => {
      const body = `Minister Han Ji-su held talks with Minister Tom Reid in Lisbon on May 9. ${example.replace(/ on May 8/, '')}`;
      const groups = meetingGroups(body, [...PEOPLE, 'Tom Reid']);
      expect(pairMet(groups, 'Han Ji-su', 'Laura Grant')).toBe(true);
      expect(pairMet(groups, 'Laura Grant', 'Tom Reid')).toBe(false);
    },
  );
});
