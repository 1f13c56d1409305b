import { describe, expect, it } from 'vitest';
import { NOT_PRESENT_PHRASINGS } from '../../../../src/extract/events/not-present-phrasings.js';
import { meetingGroups, pairMet } from './meeting-groups.js';

const PEOPLE = ['Han Ji-su', 'Laura Grant', 'Paul Weiss'];

const examples = NOT_PRESENT_PHRASINGS.map((p) => [p.pattern.source.slice(0, 60), p.example] as const);
const neighbours = NOT_PRESENT_PHRASINGS.flatMap((p) => p.mustNot.map((n) => [p.pattern.source.slice(0, 60), n] as const));

describe('phrasings that name someone in a meeting sentence who is not there (a table row each)', () => {
  it.each(examples)('keeps the meeting but leaves out the person named by /%s…/', (_pattern, example) => {
    const groups = meetingGroups(example, PEOPLE);
    expect(pairMet(groups, 'Han Ji-su', 'Laura Grant')).toBe(true);
    expect(groups.some((g) => g.includes('Paul Weiss'))).toBe(false);
  });

  it.each(neighbours)('still counts the person in the neighbour of /%s…/', (_pattern, neighbour) => {
    expect(meetingGroups(neighbour, PEOPLE).some((g) => g.includes('Paul Weiss'))).toBe(true);
  });
});
