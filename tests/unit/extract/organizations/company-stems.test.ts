import { describe, expect, it } from 'vitest';
import { orgsOf } from '../helpers.js';
// Heineken is an entry of the installed company-name dictionary that appears in no evaluation gold.

const companies = (body: string): { name: string; aliases: readonly string[] }[] =>
  orgsOf(body)
    .filter((o) => o.kind === 'company')
    .map((o) => ({ name: o.name, aliases: o.aliases }));

describe('a group’s bare word', () => {
  it('is the group the release names, read alone in a list', () => {
    const body = 'Heineken Group Chairman Roe Min-ho attended. The firms announced battery plants by Heineken and Velmar Energy Solution in Ohio.';
    expect(companies(body)).toContainEqual({ name: 'Heineken Group', aliases: ['Heineken'] });
    expect(companies(body).map((c) => c.name)).not.toContain('Heineken');
  });

  it('stays its own company where no group of that word is named', () => {
    const body = 'Heineken Brewing Chairman Roe Min-ho attended. The firms announced battery plants by Heineken and Velmar Energy Solution in Ohio.';
    expect(companies(body).map((c) => c.name)).not.toContain('Heineken Group');
  });

  it('opens no lower-case brand name after it: `VK hynor` beside `VK Group` is a company of its own', () => {
    const body = 'VK Group Chairman Roe Min-ho attended. During the visit, Velmar Energy Solution and ASML signed an MOU, and VK hynor and ASML signed another.';
    expect(companies(body).map((c) => c.name)).toEqual(expect.arrayContaining(['VK Group', 'VK hynor', 'ASML']));
  });
});
