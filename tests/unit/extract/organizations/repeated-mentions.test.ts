import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalOrganization } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-05-02', category: null, url: null, sources: [] });

const orgs = (body: string): LocalOrganization[] => extract(doc(body)).entities.filter((e): e is LocalOrganization => e.label === 'Organization');

describe('a company found by its context, named again', () => {
  it('takes every later occurrence of its name as a mention of it', () => {
    const body = 'KEPCO signed an MOU with the national atomic company Atomgaz. Atomgaz and KORES also signed a second MOU.';
    const atomgaz = orgs(body).find((o) => o.name === 'Atomgaz');
    expect(atomgaz?.mentions.map((m) => m.start)).toEqual([body.indexOf('Atomgaz'), body.lastIndexOf('Atomgaz')]);
  });

  it('leaves the last word of a person’s name to the person', () => {
    const body = 'Co-chairs were Kwon Ji-young and Jean-Luc Morel, Director General at France’s Ministry of Industry. Kwon was joined by Ryu Min-ho, CEO of Hanwha Solutions, and Morel by Anne Dupuis, Senior Vice President at Orvane.';
    const persons = extract(doc(body)).entities.filter((e) => e.label === 'Person').map((p) => p.name);
    expect(persons).toContain('Jean-Luc Morel');
  });
});
