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
  const record = toGoldRecord(doc, extraction);

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
