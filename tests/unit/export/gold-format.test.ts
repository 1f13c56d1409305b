import { describe, expect, it } from 'vitest';
import { toGoldRecord } from '../../../src/export/gold-format.js';
import type { Document, Evidence, Extraction } from '../../../src/domain/index.js';

const doc: Document = { id: 'doc_1', title: 'Korea and UK Discuss Trade', body: 'x', date: '2025-10-02', category: null, url: null, sources: [] };
const ev: Evidence = { docId: 'doc_1', date: '2025-10-02', sentence: 'x', sentenceStart: 0, start: 0, end: 1 };
const mention = { text: 'x', start: 0, end: 1, sentenceIndex: 0 };

const extraction: Extraction = {
  docId: 'doc_1',
  date: '2025-10-02',
  entities: [
    { localId: 'p1', label: 'Person', name: 'Yeo Han-koo', aliases: ['Minister Yeo'], mentions: [mention], positions: [{ title: 'Trade Minister', orgLocalId: 'o1' }], country: 'KR', titles: ['Trade Minister'] },
    { localId: 'p2', label: 'Person', name: 'Chris Bryant', aliases: [], mentions: [mention], positions: [{ title: 'Minister of State', orgLocalId: null }], country: 'GB', titles: [] },
    { localId: 'p3', label: 'Person', name: 'Lone Speaker', aliases: [], mentions: [mention], positions: [], country: null, titles: [] },
    { localId: 'o1', label: 'Organization', name: 'Ministry of Trade, Industry and Resources', aliases: ['MOTIR'], mentions: [mention], kind: 'government', acronym: 'MOTIR', country: 'KR' },
    { localId: 'c:GB', label: 'Country', code: 'GB', name: 'UK', aliases: [], mentions: [mention] },
    { localId: 'c:KR', label: 'Country', code: 'KR', name: 'Korea', aliases: [], mentions: [mention] },
    { localId: 'a1', label: 'Agreement', name: 'Korea–UK FTA', aliases: [], mentions: [mention], kind: 'FTA', status: 'in_force', parties: ['GB', 'KR'] },
    { localId: 'a2', label: 'Agreement', name: 'Joint Statement on Supply Chains', aliases: [], mentions: [mention], kind: 'joint_statement', status: 'signed', parties: ['GB', 'KR'] },
    { localId: 'e:talks', label: 'Event', name: 'talks', aliases: [], mentions: [mention], kind: 'bilateral', date: '2025-10-01', endDate: null, location: 'London', country: 'GB' },
    { localId: 'e:speech', label: 'Event', name: 'speech', aliases: [], mentions: [mention], kind: 'other', date: null, endDate: null, location: null, country: null },
  ],
  relations: [
    { type: 'ATTENDED', from: 'p1', to: 'e:talks', props: { role: 'host' }, evidence: ev },
    { type: 'ATTENDED', from: 'p2', to: 'e:talks', props: { role: 'counterpart' }, evidence: ev },
    { type: 'ATTENDED', from: 'p3', to: 'e:speech', props: { role: 'speaker' }, evidence: ev },
  ],
};

describe('toGoldRecord', () => {
  const record = toGoldRecord(doc, extraction, { bodies: 'implied' });

  it('writes the article title and date the scorer matches on', () => {
    expect(record).toMatchObject({ id: 'doc_1', title: 'Korea and UK Discuss Trade', date: '2025-10-02' });
  });

  it('writes posts with the organisation by name, and null where the text names none', () => {
    expect(record.persons[0]).toEqual({ name: 'Yeo Han-koo', aliases: ['Minister Yeo'], positions: [{ title: 'Trade Minister', org: 'Ministry of Trade, Industry and Resources' }], country: 'KR' });
    expect(record.persons[1]!.positions).toEqual([{ title: 'Minister of State', org: null }]);
  });

  it('writes country codes, organisations and agreements', () => {
    expect(record.countries).toEqual(['GB', 'KR']);
    expect(record.organizations).toEqual([{ name: 'Ministry of Trade, Industry and Resources', aliases: ['MOTIR'], kind: 'government', country: 'KR' }]);
    expect(record.agreements[0]).toEqual({ name: 'Korea–UK FTA', aliases: [], kind: 'FTA', parties: ['GB', 'KR'], status: 'in_force' });
  });

  it('writes a kind the format does not list (a joint statement) as other', () => {
    expect(record.agreements[1]).toMatchObject({ name: 'Joint Statement on Supply Chains', kind: 'other' });
  });

  it('writes a meeting only for an occasion with two or more participants', () => {
    expect(record.meetings).toEqual([{ participants: ['Yeo Han-koo', 'Chris Bryant'], date: '2025-10-01', location: 'London', kind: 'bilateral' }]);
  });
});

describe('toGoldRecord with bodies the text names (`named`, the sealed sets\' convention)', () => {
  const at = (text: string, start: number) => ({ text, start, end: start + text.length, sentenceIndex: 0 });
  const stated = 'The Ministry of Energy (MOE, Minister Ana Ruiz) met Trade Minister Bo Lind.';
  const implying = 'Minister of Fisheries Tomas Berg spoke.';
  const person = (localId: string, name: string, title: string, orgLocalId: string) =>
    ({ localId, label: 'Person', name, aliases: [], mentions: [mention], positions: [{ title, orgLocalId }], country: null, titles: [title] }) as const;
  const org = (localId: string, name: string, acronym: string | null, mentions: readonly { text: string; start: number; end: number; sentenceIndex: number }[]) =>
    ({ localId, label: 'Organization', name, aliases: acronym ? [acronym] : [], mentions, kind: 'government', acronym, country: null }) as const;
  const post = (from: string, to: string, title: string, sentence: string) =>
    ({ type: 'HOLDS_POSITION', from, to, props: { title }, evidence: { ...ev, sentence } }) as const;
  const named: Extraction = {
    docId: 'doc_1',
    date: '2025-10-02',
    entities: [
      person('p1', 'Ana Ruiz', 'Minister', 'o1'),
      person('p2', 'Bo Lind', 'Trade Minister', 'o2'),
      person('p3', 'Tomas Berg', 'Minister of Fisheries', 'o3'),
      person('p4', 'Eva Holm', 'Minister of Trade and Energy', 'o4'),
      org('o1', 'Ministry of Energy', 'MOE', [at('Ministry of Energy', 4)]),
      org('o2', 'Ministry of Trade', 'MOT', [at('MOT', 90)]),
      org('o3', 'Ministry of Fisheries', null, [at('Minister of Fisheries', 0)]),
      org('o4', 'Ministry of Trade and Energy', null, [at('Ministry of Trade and Energy', 120)]),
    ],
    relations: [
      post('p1', 'o1', 'Minister', stated),
      post('p2', 'o2', 'Trade Minister', stated),
      post('p3', 'o3', 'Minister of Fisheries', implying),
      post('p4', 'o4', 'Minister of Trade and Energy', 'Minister of Trade and Energy Eva Holm spoke.'),
    ],
  };
  const record = toGoldRecord(doc, named, { bodies: 'named' });
  const orgOf = (name: string) => record.persons.find((p) => p.name === name)?.positions[0]?.org;

  it('lists a body the text writes by name or acronym, not one only a title implies', () => {
    expect(record.organizations.map((o) => o.name)).toEqual(['Ministry of Energy', 'Ministry of Trade', 'Ministry of Trade and Energy']);
  });

  it("gives a post its body when the post's sentence names the body", () => {
    expect(orgOf('Ana Ruiz')).toBe('Ministry of Energy');
  });

  it('gives a post its body when the title spells the body out', () => {
    expect(orgOf('Eva Holm')).toBe('Ministry of Trade and Energy');
  });

  it.each([
    ['Deputy Minister of Industry and Trade', 'Czech Ministry of Industry and Trade'],
    ['Minister of Foreign Affairs', 'Ministry of Foreign Affairs of Japan'],
    ['United States Trade Representative', 'Office of the United States Trade Representative'],
    ['Trade Representative', 'Office of the U.S. Trade Representative'],
  ])('gives the post of %s its body when another sentence names it as %s, the title spelling it out', (title, body) => {
    const extraction: Extraction = {
      ...named,
      entities: [person('p6', 'Jan Novak', title, 'o6'), org('o6', body, null, [at(body, 200)])],
      relations: [post('p6', 'o6', title, `${title} Jan Novak spoke.`)],
    };
    expect(toGoldRecord(doc, extraction, { bodies: 'named' }).persons[0]?.positions[0]?.org).toBe(body);
  });

  it.each([
    ['Minister of Trade', 'Ministry of Foreign Affairs and Trade'],
    ['Minister of Commerce', 'Council of the Ministry of Commerce of Chile'],
    ['Representative', 'Office of the Representative'],
  ])('leaves out the body of a post whose title %s does not spell out %s', (title, body) => {
    const extraction: Extraction = {
      ...named,
      entities: [person('p6', 'Jan Novak', title, 'o6'), org('o6', body, null, [at(body, 200)])],
      relations: [post('p6', 'o6', title, `${title} Jan Novak spoke.`)],
    };
    expect(toGoldRecord(doc, extraction, { bodies: 'named' }).persons[0]?.positions[0]?.org).toBeNull();
  });

  it('gives a post its body when a title row names that body for the title and the text writes it anywhere', () => {
    const extraction: Extraction = {
      ...named,
      entities: [person('p7', 'Lea Sund', 'Foreign Minister', 'o7'), org('o7', 'Ministry of Foreign Affairs', null, [at('Ministry of Foreign Affairs', 300)])],
      relations: [{ ...post('p7', 'o7', 'Foreign Minister', 'Foreign Minister Lea Sund spoke.'), props: { title: 'Foreign Minister', body: 'by-title' } }],
    };
    expect(toGoldRecord(doc, extraction, { bodies: 'named' }).persons[0]?.positions[0]?.org).toBe('Ministry of Foreign Affairs');
  });

  it('leaves the body out where only another sentence names it, or no sentence does', () => {
    expect(orgOf('Bo Lind')).toBeNull();
    expect(orgOf('Tomas Berg')).toBeNull();
  });

  it('gives no body to a post whose sentence names the body only as the one reporting it', () => {
    const reported = 'Trade Minister Lea Sund met the envoy, the Ministry of Energy (MOE) said.';
    const extraction: Extraction = {
      ...named,
      entities: [person('p5', 'Lea Sund', 'Trade Minister', 'o1'), org('o1', 'Ministry of Energy', 'MOE', [at('Ministry of Energy', 4)])],
      relations: [post('p5', 'o1', 'Trade Minister', reported)],
    };
    expect(toGoldRecord(doc, extraction, { bodies: 'named' }).persons[0]?.positions[0]?.org).toBeNull();
  });

  it('lists the implied bodies and every post by default, as the reference gold does', () => {
    const implied = toGoldRecord(doc, named);
    expect(toGoldRecord(doc, named, { bodies: 'implied' })).toEqual(implied);
    expect(implied.organizations).toHaveLength(4);
    expect(implied.persons.map((p) => p.positions[0]?.org)).toEqual(['Ministry of Energy', 'Ministry of Trade', 'Ministry of Fisheries', 'Ministry of Trade and Energy']);
  });
});
