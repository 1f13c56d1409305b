import { describe, expect, it } from 'vitest';
import { acronymOfSides } from '../../../../src/extract/agreements/draft.js';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalAgreement } from '../../../../src/domain/index.js';

describe('an acronym made of the starts of its sides', () => {
  it.each([
    ['KORPE', ['KR', 'PE'], true],
    ['PEKOR', ['KR', 'PE'], true],
    ['KORPE', ['KR', 'CL'], false],
    ['KORPE', ['KR', 'PE', 'CL'], false],
  ] as const)('%s for %j: %s', (acronym, parties, expected) => {
    expect(acronymOfSides(acronym, parties)).toBe(expected);
  });

  it('makes the acronym FTA and the FTA its sides name one agreement', () => {
    const doc: Document = { id: 'd', title: 'T', body: 'A committee was set up under the Korea-Peru Free Trade Agreement. It will help implement the KORPE FTA.', date: '2011-10-31', category: null, url: null, sources: [] };
    const agreements = extract(doc).entities.filter((e): e is LocalAgreement => e.label === 'Agreement');
    expect(agreements.map((a) => a.name)).toEqual(['Korea-Peru Free Trade Agreement']);
  });
});

describe('one agreement under two heads', () => {
  it('makes an agreement whose topic says FTA and an FTA between the same sides one agreement', () => {
    const body =
      'Minister Ahn met Panama’s Minister of Commerce in Seoul on June 15 and discussed the negotiations on the Korea-Panama Strategic Economic Cooperation Agreement (SECA). Korea would then become the first Asian country with a free trade agreement with Panama.';
    const doc: Document = { id: 'd', title: 'T', body, date: '2023-06-15', category: null, url: null, sources: [] };
    const agreements = extract(doc).entities.filter((e): e is LocalAgreement => e.label === 'Agreement');
    expect(agreements.map((a) => `${a.name} (${a.kind})`)).toEqual(['Korea-Panama Strategic Economic Cooperation Agreement (FTA)']);
  });
});

describe('the standing of an MOU', () => {
  const statusOf = (body: string): string[] => {
    const doc: Document = { id: 'd', title: 'T', body, date: '2014-10-29', category: null, url: null, sources: [] };
    return extract(doc).entities.filter((e): e is LocalAgreement => e.label === 'Agreement' && e.kind === 'MOU').map((a) => a.status);
  };

  it('keeps an MOU a meeting is convened under signed, not in force', () => {
    expect(statusOf('Minister Yoon met Minister Miao in Beijing. The meeting was convened under the MOU on industrial cooperation that the two ministries signed in July.')).toEqual(['signed']);
  });

  it('keeps an FTA companies trade under in force', () => {
    const doc: Document = { id: 'd', title: 'T', body: 'Exports to Chile grew under the Korea-Chile FTA, which entered into force in 2004.', date: '2014-10-29', category: null, url: null, sources: [] };
    expect(extract(doc).entities.filter((e): e is LocalAgreement => e.label === 'Agreement').map((a) => a.status)).toEqual(['in_force']);
  });
});
