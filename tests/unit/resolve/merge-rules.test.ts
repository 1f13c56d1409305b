/** What must merge and what must not, one small corpus per case. */
import { describe, expect, it } from 'vitest';
import { resolve, type ResolvedCorpus } from '../../../src/resolve/index.js';
import { Release, corpusOf } from './fixtures.js';

const resolved = (...releases: Release[]): ResolvedCorpus => {
  const { documents, extractions } = corpusOf(releases);
  return resolve(documents, extractions);
};
const labelled = (corpus: ResolvedCorpus, label: string) => corpus.entities.filter((e) => e.label === label);

function orgRelease(id: string, date: string, name: string, acronym: string | null): Release {
  return new Release(id, date, 'Release', `The ${name}${acronym ? ` (${acronym})` : ''} announced new measures.`).org('o1', name, {
    acronym,
    aliases: acronym ? [acronym] : [],
  });
}

describe('organisation renames', () => {
  it('links bodies whose names differ in the last word, old before new, by RENAMED_TO dated when the new name appears', () => {
    const corpus = resolved(
      orgRelease('doc_1', '2019-03-01', 'Agency for Trade Promotion and Investment', 'ATPI'),
      orgRelease('doc_2', '2022-06-01', 'Agency for Trade Promotion and Exports', 'ATPE'),
    );
    expect(corpus.relations.map((r) => [r.type, r.from, r.to, r.props.date])).toEqual([
      ['RENAMED_TO', 'org:agency-for-trade-promotion-and-investment', 'org:agency-for-trade-promotion-and-exports', '2022-06-01'],
    ]);
  });

  it.each([
    ['short names that merely share a stem', ['Ministry of Trade', null], ['Ministry of Justice', null], ['2019-01-01', '2022-01-01']],
    ['bodies in office at the same time', ['Agency for Trade Promotion and Investment', 'ATPI'], ['Agency for Trade Promotion and Exports', 'ATPE'], ['2022-01-01', '2022-01-01']],
    ['acronyms that differ in more than the last letter', ['Agency for Trade Promotion and Investment', 'ATPI'], ['Agency for Trade Promotion and Exports', 'KTPE'], ['2019-01-01', '2022-01-01']],
  ] as const)('neither merges nor links %s', (_case, [oldName, oldAcronym], [newName, newAcronym], [oldDate, newDate]) => {
    const corpus = resolved(orgRelease('doc_1', oldDate, oldName, oldAcronym), orgRelease('doc_2', newDate, newName, newAcronym));
    expect(labelled(corpus, 'Organization')).toHaveLength(2);
    expect(corpus.relations.filter((r) => r.type === 'RENAMED_TO')).toEqual([]);
  });

  it('keeps two bodies sharing an acronym apart and leaves a bare use of it unattached', () => {
    const corpus = resolved(
      orgRelease('doc_1', '2025-01-01', 'Ministry of Oceans and Fisheries', 'MOF'),
      orgRelease('doc_2', '2025-01-02', 'Ministry of Finance', 'MOF'),
      new Release('doc_3', '2025-01-03', 'Release', 'MOF said so.').org('o1', 'MOF', { acronym: 'MOF' }),
    );
    expect(labelled(corpus, 'Organization').map((o) => o.locals.length)).toEqual([1, 1, 1]);
    expect(labelled(corpus, 'Organization').find((o) => o.locals[0] === 'doc_3/o1')?.keptApart[0]?.detail).toMatch(/used by 2 bodies/);
  });
});

describe('agreements', () => {
  const mou = (id: string, name: string) =>
    new Release(id, '2025-11-20', 'Release', `Korea and the UAE signed the ${name}.`).agreement('a1', name, { kind: 'MOU', status: 'signed', parties: ['KR', 'AE'] });

  it('keeps two different MOUs between the same parties apart', () => {
    const corpus = resolved(mou('doc_1', 'MOU on Nuclear Export Cooperation'), mou('doc_2', 'MOU on the CEPA Economic Cooperation Committee'));
    expect(labelled(corpus, 'Agreement')).toHaveLength(2);
  });

  it('merges the same MOU named a little differently', () => {
    const corpus = resolved(mou('doc_1', 'MOU on Nuclear Export Cooperation'), mou('doc_2', 'Memorandum of Understanding on Nuclear Export Cooperation'));
    expect(labelled(corpus, 'Agreement')).toHaveLength(1);
  });
});

describe('events', () => {
  const meeting = (id: string, name: string, kind: 'bilateral' | 'ceremony', date = '2025-11-18') =>
    new Release(id, date, 'Release', `Trade Minister Yeo Han-koo attended the ${name} in Seoul.`)
      .person('p1', 'Yeo Han-koo')
      .event('e1', name, { kind, date, location: 'Seoul', country: 'KR' })
      .relate('ATTENDED', 'p1', 'e1', 'attended');

  it('keeps two occasions of one day apart when they share a participant but not their kind or name', () => {
    const corpus = resolved(meeting('doc_1', 'Korea–Japan Trade Ministers’ Meeting', 'bilateral'), meeting('doc_2', 'World Class Product Certification Ceremony', 'ceremony'));
    expect(labelled(corpus, 'Event')).toHaveLength(2);
  });

  it('keeps the same-named meeting on two different days apart', () => {
    const corpus = resolved(meeting('doc_1', 'Trade Promotion Committee', 'bilateral', '2025-11-17'), meeting('doc_2', 'Trade Promotion Committee', 'bilateral', '2025-12-17'));
    expect(labelled(corpus, 'Event')).toHaveLength(2);
  });
});
