import { describe, expect, it } from 'vitest';
import type { MinistryName, ResolvedCorpus } from '../../../src/domain/index.js';
import { KNOWN_RENAMES, renamesOf, resolve } from '../../../src/resolve/index.js';
import { corpusOf, Release } from './fixtures.js';

/** A named minister in May 2024 and a bare `Minister Tanaka` some months later. */
function ministerSeenAgain(laterDate: string): ReturnType<typeof corpusOf> {
  return corpusOf([
    new Release('doc_a', '2024-05-01', 'Minister meets partners', 'Minister Hiroki Tanaka met his counterparts in Osaka.')
      .person('p1', 'Hiroki Tanaka', { titles: ['Minister'], country: 'JP', said: ['Hiroki Tanaka'] }),
    new Release('doc_b', laterDate, 'Minister visits a plant', 'Minister Tanaka visited a battery plant in Kobe.')
      .person('p1', 'Tanaka', { titles: ['Minister'], country: 'JP', said: ['Tanaka'] }),
  ]);
}

function personKeys(corpus: ResolvedCorpus): string[] {
  return corpus.entities.filter((e) => e.label === 'Person').map((e) => e.key);
}

const METI_NAMES: readonly MinistryName[] = [
  { name: 'Ministry of International Trade and Industry', acronym: 'MITI', from: '1949-05-25', until: '2001-01-06' },
  { name: 'Ministry of Economy, Trade and Industry', acronym: 'METI', from: '2001-01-06', until: null },
];

describe('resolve options', () => {
  it('reads a bare title within titleWindowDays of the named sighting, and not beyond it', () => {
    const { documents, extractions } = ministerSeenAgain('2024-08-01');
    expect(personKeys(resolve(documents, extractions))).toHaveLength(1);
    // 92 days apart: inside the default year, outside a 30-day window.
    expect(personKeys(resolve(documents, extractions, { titleWindowDays: 30 }))).toHaveLength(2);
  });

  it("links the home ministry's consecutive names with RENAMED_TO on the date the new one took effect", () => {
    const { documents, extractions } = corpusOf([
      new Release('doc_old', '2000-11-15', 'Talks', 'The Ministry of International Trade and Industry (MITI) held talks.')
        .org('o1', 'Ministry of International Trade and Industry', { acronym: 'MITI', country: 'JP' }),
      new Release('doc_new', '2015-06-10', 'Talks', 'The Ministry of Economy, Trade and Industry (METI) held talks.')
        .org('o1', 'Ministry of Economy, Trade and Industry', { acronym: 'METI', country: 'JP' }),
    ]);
    const renamed = (names: readonly MinistryName[]) =>
      resolve(documents, extractions, { homeMinistry: names }).relations.filter((r) => r.type === 'RENAMED_TO').map((r) => [r.from, r.to, r.props.date]);
    expect(renamed(METI_NAMES)).toEqual([['org:ministry-of-international-trade-and-industry', 'org:ministry-of-economy-trade-and-industry', '2001-01-06']]);
    // The default home ministry is Korea's: these two names are not its renames.
    expect(renamed([])).toEqual([]);
    expect(resolve(documents, extractions).relations.filter((r) => r.type === 'RENAMED_TO')).toEqual([]);
  });

  it("derives Korea's known renames from the default home ministry's names, in date order", () => {
    expect(KNOWN_RENAMES.map((r) => `${r.fromAcronym}>${r.toAcronym}@${r.date}`)).toEqual(['MKE>MOTIE@2013-03-23', 'MOTIE>MOTIR@2025-10-01']);
    expect(renamesOf([...METI_NAMES].reverse()).map((r) => r.toAcronym)).toEqual(['METI']);
  });
});
