import { describe, expect, it } from 'vitest';
import { meetingGroups, pairMet } from './meeting-groups.js';

const PEOPLE = ['Han Ji-su', 'Laura Grant', 'Paul Weiss'];

describe('taking part in an occasion without holding it', () => {
  it.each([
    ['spoke at a session, others panelists', 'Minister Han Ji-su spoke at the opening session of the Energy Summit in Oslo on May 8. Laura Grant and Paul Weiss, two chief executives, were panelists.'],
    ['adopted a statement at a meeting', 'Minister Han Ji-su, Minister Laura Grant and Minister Paul Weiss adopted a joint statement at the trilateral ministerial meeting in Lima on May 16.'],
    ['led a delegation at a round', 'Minister Han Ji-su led the Korean delegation at the fourth round of negotiations in Quito on June 2, with Laura Grant and Paul Weiss heading the other delegations.'],
    ['presided over a meeting, the next sentence saying who shared what', 'Minister Han Ji-su presided over a meeting of exporters in Seoul on May 9. Laura Grant, CEO of a chipmaker, and Paul Weiss, head of a shipper, shared their difficulties.'],
    ['delivered the opening remarks, told in the passive', 'The Energy Business Forum took place in Oslo on May 8 with 300 guests. Opening remarks were delivered by Minister Han Ji-su, Laura Grant and Paul Weiss.'],
  ])('brings together everyone who %s', (_case, body) => {
    expect(meetingGroups(body, PEOPLE)).toEqual([['Han Ji-su', 'Laura Grant', 'Paul Weiss']]);
  });

  it.each([
    ['discussed', 'Minister Han Ji-su and Secretary Laura Grant discussed chip supply chains in Ottawa on May 8.'],
    ['agreed', 'Minister Han Ji-su and Secretary Laura Grant agreed on May 8 to launch a supply chain dialogue.'],
    ['visited a titled host', 'Minister Han Ji-su visited Secretary Laura Grant in Ottawa on May 8 to discuss tariffs.'],
    ['toured a plant with its chief', 'Minister Han Ji-su toured the battery plant in Georgia on May 9 with CEO Laura Grant.'],
  ])('pairs two people who %s', (_case, body) => {
    expect(meetingGroups(body, PEOPLE)).toEqual([['Han Ji-su', 'Laura Grant']]);
  });

  it.each([
    ['a forum spoken about', 'Minister Han Ji-su spoke about the forum that Secretary Laura Grant will host next year.'],
    ['remarks delivered by others about a forum long past', 'Minister Han Ji-su opened the Energy Business Forum in Oslo on May 8. Last year, remarks on the forum were praised by Laura Grant.'],
    ['a plant toured alone, its owner named', 'Minister Han Ji-su toured the plant built by Laura Grant’s company in Georgia on May 9.'],
  ])('pairs nobody for %s', (_case, body) => {
    expect(pairMet(meetingGroups(body, PEOPLE), 'Han Ji-su', 'Laura Grant')).toBe(false);
  });
});
