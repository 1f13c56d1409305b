import { describe, expect, it } from 'vitest';
import { orgsOf } from '../helpers.js';

const found = (body: string): string[] => orgsOf(body).map((o) => `${o.name} (${o.kind})`);

describe('a company’s governing organ', () => {
  it.each([
    ['Alexey Roe, Chairman of the Velgaz Management Committee, signed the MOU.', 'Velgaz (company)'],
    ['The Ostrana Supervisory Board approved the deal.', 'Ostrana (company)'],
    ['The Velgaz Board of Directors met in Oslo.', 'Velgaz (company)'],
    // the company after `of`
    ['It was signed by Alexey Roe, Chairman of the Management Committee of Velgaz.', 'Velgaz (company)'],
  ])('is the company itself: %s', (body, expected) => {
    expect(found(body)).toEqual([expected]);
  });

  it('joins the company where the text also names it alone', () => {
    expect(found('Velgaz Holdings will supply gas. The chairman of the Velgaz Holdings Management Committee signed.')).toEqual(['Velgaz Holdings (company)']);
  });

  it.each([
    // an organ of a listed international body stays that body's organ
    ['Korea was reappointed to the ISO Technical Management Board.', 'ISO Technical Management Board'],
    // words of the organ's role name no company
    ['Ed Roe, Chairman of the Technical Management Board, spoke.', 'Technical Management Board'],
    ['The Executive Board of Directors met.', 'Executive Board of Directors'],
    // a committee that is no governing organ of a company stays a committee
    ['The Velgaz Steering Committee met.', 'Velgaz Steering Committee'],
    // a board of a body of another kind after `of`
    ['The Management Board of the Velmar Energy Agency met.', 'Management Board of the Velmar Energy Agency'],
  ])('must not: %s', (body, name) => {
    expect(orgsOf(body).map((o) => o.name)).toContain(name);
  });
});
