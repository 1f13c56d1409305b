import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import type { Document, LocalEntity } from '../../../src/domain/index.js';

const BODY =
  'Kang Gam-chan, Director General for Trade and Investment at the Ministry of Trade, Industry and Resources, attended the groundbreaking ceremony at the company’s Songdo site in Incheon on Wednesday, November 19. ' +
  'He joined Kevin Engel, COO of Amkor Technology; Yun Won-sok, Commissioner of the Incheon Free Economic Zone Authority; and representatives from partner companies for the groundbreaking performance. ' +
  'In his congratulatory remarks, Director General Kang thanked Amkor for its decision to invest in Korea.';

const doc: Document = { id: 'doc_amkor', title: 'Groundbreaking Ceremony in Incheon', body: BODY, date: '2025-11-21', category: null, url: null, sources: [] };

const byName = (entities: readonly LocalEntity[], name: string): LocalEntity | undefined => entities.find((e) => e.name === name);

describe('extract', () => {
  const result = extract(doc);

  it('names the people, bodies and countries of the release', () => {
    const names = (label: string): string[] => result.entities.filter((e) => e.label === label).map((e) => e.name);
    expect(names('Person')).toEqual(['Kang Gam-chan', 'Kevin Engel', 'Yun Won-sok']);
    expect(names('Organization')).toEqual(expect.arrayContaining(['Ministry of Trade, Industry and Resources', 'Amkor Technology', 'Incheon Free Economic Zone Authority']));
    expect(names('Country')).toContain('Korea');
  });

  it('lists the home country when its ministry acts in a release whose body never names it', () => {
    const body =
      'The Ministry of Trade, Industry and Energy said that Minister Paek Han-sol held talks with Vesna Orlić, Minister of Economy, in Belgrade on May 3. ' +
      'The two ministers discussed cooperation on power grids.';
    const x = extract({ ...doc, id: 'doc_home', title: 'Korea and Serbia Discuss Grids', body, date: '2016-05-04' });
    const korea = x.entities.find((e) => e.label === 'Country' && e.code === 'KR');
    expect(korea).toMatchObject({ name: 'Korea', mentions: [{ text: 'Ministry of Trade, Industry and Energy' }] });
  });

  it('keeps `Director General Kang` as an alias of Kang Gam-chan', () => {
    expect(byName(result.entities, 'Kang Gam-chan')?.aliases).toContain('Director General Kang');
  });

  it('links every pair of people at the same occasion with MET, once per pair', () => {
    const met = result.relations.filter((r) => r.type === 'MET').map((r) => `${r.from}-${r.to}`);
    expect(new Set(met).size).toBe(met.length);
    expect(met).toHaveLength(3);
  });

  it('links each official to the body they serve, with the title', () => {
    const kang = byName(result.entities, 'Kang Gam-chan')!;
    const ministry = byName(result.entities, 'Ministry of Trade, Industry and Resources')!;
    const held = result.relations.find((r) => r.type === 'HOLDS_POSITION' && r.from === kang.localId);
    expect(held).toMatchObject({ to: ministry.localId, props: { title: 'Director General for Trade and Investment' } });
  });

  it('cites for every relation a sentence of the body that holds the cited span', () => {
    expect(result.relations.length).toBeGreaterThan(0);
    for (const r of result.relations) {
      const e = r.evidence;
      expect(BODY.slice(e.sentenceStart, e.sentenceStart + e.sentence.length)).toBe(e.sentence);
      expect(e.start).toBeGreaterThanOrEqual(e.sentenceStart);
      expect(e.end).toBeLessThanOrEqual(e.sentenceStart + e.sentence.length);
      expect(e).toMatchObject({ docId: 'doc_amkor', date: '2025-11-21' });
    }
  });

  it('cites every mention at offsets that slice back to its text', () => {
    for (const e of result.entities) for (const m of e.mentions) expect(BODY.slice(m.start, m.end)).toBe(m.text);
  });

  it('returns the same extraction for the same document, entities sorted by local id', () => {
    expect(extract(doc)).toEqual(result);
    const persons = result.entities.filter((e) => e.label === 'Person').map((e) => e.localId);
    expect(persons).toEqual(['p1', 'p2', 'p3']);
  });
});
