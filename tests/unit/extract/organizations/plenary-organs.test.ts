import { describe, expect, it } from 'vitest';
import { orgsOf } from '../helpers.js';

const named = (body: string): { name: string; aliases: readonly string[] }[] => orgsOf(body).map((o) => ({ name: o.name, aliases: o.aliases }));

describe('a listed international body’s plenary organ', () => {
  it.each([
    ['The two presidents met on the margins of the United Nations General Assembly.', 'United Nations', 'United Nations General Assembly'],
    ['They signed it on the sidelines of the UN General Assembly in New York.', 'United Nations', 'UN General Assembly'],
    ['Korea raised the issue at the WTO General Council in Geneva.', 'World Trade Organization', 'WTO General Council'],
  ])('is the body itself, the organ an alias: %s', (body, name, organ) => {
    expect(named(body)).toEqual([expect.objectContaining({ name, aliases: expect.arrayContaining([organ]) })]);
  });

  it('joins the body where the release also names it', () => {
    const body = 'Korea was reappointed to the board of the International Organization for Standardization (ISO) at the 47th ISO General Assembly.';
    expect(named(body).map((o) => o.name)).toEqual(['International Organization for Standardization']);
  });

  it.each([
    // a general assembly of a body no list holds is not read as another body
    ['The Velmar Chamber General Assembly elected a new chair.', 'Velmar Chamber'],
    // an organ other than the plenary stays the organ
    ['The UN Security Council met on Monday.', 'United Nations'],
  ])('must not: %s', (body, name) => {
    expect(named(body).map((o) => o.name)).not.toContain(name);
  });
});
