import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolve } from '../../../src/resolve/index.js';
import type { ResolvedCorpus, ResolvedEntity } from '../../../src/resolve/index.js';
import { corpusOf } from './fixtures.js';
import { seedReleases } from './seed-releases.js';

function resolved(): ResolvedCorpus {
  const { documents, extractions } = corpusOf(seedReleases());
  return resolve(documents, extractions);
}

function entity(corpus: ResolvedCorpus, key: string): ResolvedEntity {
  const found = corpus.entities.find((e) => e.key === key);
  if (!found) throw new Error(`no ${key} among ${corpus.entities.map((e) => e.key).join(', ')}`);
  return found;
}

const people = (corpus: ResolvedCorpus) => corpus.entities.filter((e) => e.label === 'Person');

describe('resolve: people', () => {
  const corpus = resolved();

  it.each([
    ['person:yeo-han-koo', ['doc_a1barriers', 'doc_b2nte']],
    ['person:kim-jung-kwan', ['doc_b2nte', 'doc_c3stargate', 'doc_d4uaemou', 'doc_e5canada', 'doc_f6exports', 'doc_i9kazakh']],
    ['person:kang-gam-chan', ['doc_g7amkor', 'doc_h8kang']],
  ])('keeps one node for %s across the releases that name them', (key, docIds) => {
    expect(entity(corpus, key).docIds).toEqual(docIds);
  });

  it('folds `JK Kim` and `JK (Jung-Kwan) Kim` into Kim Jung-kwan, naming the initials rule', () => {
    const kim = entity(corpus, 'person:kim-jung-kwan');
    expect(kim.aliases).toEqual(expect.arrayContaining(['JK Kim', 'JK (Jung-Kwan) Kim']));
    expect(kim.merges.map((m) => m.rule)).toContain('initials');
  });

  it('resolves `Minister Kim` at MOTIR to the industry minister by the post he held that month', () => {
    const kim = entity(corpus, 'person:kim-jung-kwan');
    expect(kim.locals).toContain('doc_i9kazakh/p1');
    expect(kim.merges.find((m) => m.right === 'doc_i9kazakh/p1')?.rule).toBe('title-at-date');
  });

  it('never merges two Kims: the climate minister stays his own node', () => {
    const kims = people(corpus).filter((p) => /^person:kim-/.test(p.key));
    expect(kims.map((k) => k.key)).toEqual(['person:kim-jung-kwan', 'person:kim-sung-whan']);
    expect(entity(corpus, 'person:kim-sung-whan').docIds).toEqual(['doc_c3stargate']);
  });

  it('leaves a bare `Minister Kim` that fits two ministers apart, saying why', () => {
    const bare = people(corpus).filter((p) => p.locals.includes('doc_j10bare/p1'));
    expect(bare).toHaveLength(1);
    expect(bare[0]?.locals).toEqual(['doc_j10bare/p1']);
    expect(bare[0]?.keptApart[0]?.detail).toMatch(/fits 2 people/);
  });

  it('does not give a 2019 `Minister Kim` to the 2025 minister: titles are read at the document date', () => {
    const old = people(corpus).find((p) => p.locals.includes('doc_k11old/p1'));
    expect(old?.key).not.toBe('person:kim-jung-kwan');
    expect(old?.locals).toEqual(['doc_k11old/p1']);
  });

  it('gives every distinct official a distinct key', () => {
    const keys = people(corpus).map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['person:lee-jae-myung', 'person:park-jung-sung', 'person:alexandra-dostal']));
  });

  it('keeps the dates a post was seen on the HOLDS_POSITION relation', () => {
    const post = corpus.relations.filter((r) => r.type === 'HOLDS_POSITION' && r.from === 'person:kim-jung-kwan' && r.qualifier === 'minister');
    expect(post).toHaveLength(1);
    const dates = post[0]?.evidence.map((e) => e.date);
    expect(dates?.[0]).toBe('2025-11-19');
    expect(dates?.[dates.length - 1]).toBe('2025-12-01');
  });
});

describe('resolve: organisations, countries, agreements, events', () => {
  const corpus = resolved();

  it('merges the ministry under its full name, its acronym and its comma variant into one node', () => {
    const motir = entity(corpus, 'org:ministry-of-trade-industry-and-resources');
    expect(motir.acronym).toBe('MOTIR');
    expect(motir.docIds).toContain('doc_f6exports');
    expect(motir.docIds).toContain('doc_i9kazakh');
  });

  it('links MOTIE to MOTIR by RENAMED_TO with the date of the rename instead of merging them', () => {
    const renamed = corpus.relations.filter((r) => r.type === 'RENAMED_TO');
    expect(renamed.map((r) => [r.from, r.to, r.props.date])).toEqual([
      ['org:ministry-of-trade-industry-and-energy', 'org:ministry-of-trade-industry-and-resources', '2025-10-01'],
    ]);
    expect(renamed[0]?.evidence.length).toBeGreaterThan(0);
  });

  it('keys countries by ISO code', () => {
    expect(entity(corpus, 'country:AE').docIds).toEqual(['doc_c3stargate', 'doc_d4uaemou']);
  });

  it('merges the Korea–UAE CEPA of two releases and keeps the latest release’s status', () => {
    const cepa = corpus.entities.filter((e) => e.label === 'Agreement');
    expect(cepa).toHaveLength(1);
    expect(cepa[0]?.docIds).toEqual(['doc_c3stargate', 'doc_d4uaemou']);
    expect(cepa[0]?.status).toBe('negotiating');
    expect(cepa[0]?.parties).toEqual(['AE', 'KR']);
  });

  it('makes the trade-barriers meeting reported twice one event with two sources', () => {
    const events = corpus.entities.filter((e) => e.label === 'Event');
    expect(events).toHaveLength(1);
    expect(events[0]?.docIds).toEqual(['doc_a1barriers', 'doc_b2nte']);
    expect(events[0]?.merges[0]?.rule).toBe('same-event');
  });

  it('puts the ends of MET in key order and drops nothing else', () => {
    const met = corpus.relations.filter((r) => r.type === 'MET');
    for (const r of met) expect(r.from < r.to).toBe(true);
    expect(met).toHaveLength(2);
  });

  it('maps every local entity to exactly one key', () => {
    const locals = corpus.entities.flatMap((e) => e.locals);
    expect(new Set(locals).size).toBe(locals.length);
    expect(Object.keys(corpus.keyOf).sort()).toEqual([...locals].sort());
  });

  it('is deterministic: the releases in any order resolve the same', () => {
    const expected = JSON.stringify(resolved());
    const releases = seedReleases();
    fc.assert(
      fc.property(fc.shuffledSubarray(releases, { minLength: releases.length, maxLength: releases.length }), (shuffled) => {
        const { documents, extractions } = corpusOf(shuffled);
        expect(JSON.stringify(resolve(documents, extractions))).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });
});
