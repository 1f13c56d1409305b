import { describe, expect, it } from 'vitest';
import { buildGraph, documentNodeKey, fromGraphData, toGraphData } from '../../../src/build/index.js';
import type { EdgeRecord, GraphData } from '../../../src/domain/graph.js';
import { resolve } from '../../../src/resolve/index.js';
import { mergeEdgeAttributes } from '../../../src/store/merge-records.js';
import { Release, corpusOf } from '../resolve/fixtures.js';
import { seedReleases } from '../resolve/seed-releases.js';

function built(releases: Release[] = seedReleases()): GraphData {
  const { documents, extractions } = corpusOf(releases);
  return toGraphData(buildGraph(documents, resolve(documents, extractions)));
}

const edgesOf = (data: GraphData, type: string) => data.edges.filter((e) => e.attributes.type === type);
const node = (data: GraphData, id: string) => data.nodes.find((n) => n.id === id);

/** Two officials at one signing: the text says nothing of them meeting, yet they took part together. */
function signing(): Release {
  return new Release(
    'doc_m13signing',
    '2025-11-18',
    'Korea and the UAE Sign MOUs',
    'Minister Kim Jung-kwan and Trade Minister Yeo Han-koo attended the MOU signing ceremony in Abu Dhabi.',
  )
    .person('p1', 'Kim Jung-kwan', { titles: ['Minister'] })
    .person('p2', 'Yeo Han-koo', { titles: ['Trade Minister'] })
    .event('e1', 'MOU signing ceremony', { kind: 'signing', date: '2025-11-18', location: 'Abu Dhabi', country: 'AE' })
    .relate('ATTENDED', 'p1', 'e1', 'Minister Kim Jung-kwan', { role: 'participant' })
    .relate('ATTENDED', 'p2', 'e1', 'Trade Minister Yeo Han-koo', { role: 'participant' });
}

describe('buildGraph', () => {
  const data = built([...seedReleases(), signing()]);

  it('adds a Document node per release with its title, body, date and `file#record` sources', () => {
    const doc = node(data, documentNodeKey('doc_a1barriers'));
    expect(doc?.attributes).toMatchObject({
      label: 'Document',
      name: 'Public-Private Meeting on Strengthening Responses to Trade Barriers',
      date: '2025-11-18',
      sources: ['seeds/fixture.txt#1'],
    });
    expect(doc?.attributes.text).toMatch(/^Trade Minister Yeo Han-koo/);
  });

  it('links a release to every entity it names by MENTIONS, citing each mention’s offsets', () => {
    const mentions = edgesOf(data, 'MENTIONS').find((e) => e.id === `MENTIONS:${documentNodeKey('doc_e5canada')}->person:kim-jung-kwan`);
    const body = node(data, documentNodeKey('doc_e5canada'))?.attributes.text ?? '';
    expect(mentions?.attributes.evidence.map((e) => body.slice(e.start, e.end))).toEqual(['JK Kim']);
    expect(mentions?.attributes.evidence[0]?.sentence).toMatch(/^Park Jung-sung, Deputy Minister/);
  });

  it('keeps on an agreement’s MENTIONS what each release states of it: its status, and its own day when the text gives one', () => {
    const mentionOf = (docId: string) => edgesOf(data, 'MENTIONS').find((e) => e.source === documentNodeKey(docId) && e.target.startsWith('agreement:korea-uae'));
    expect(mentionOf('doc_c3stargate')?.attributes).toMatchObject({ status: 'signed' });
    expect(mentionOf('doc_d4uaemou')?.attributes).toMatchObject({ status: 'negotiating' });
    expect(mentionOf('doc_c3stargate')?.attributes.date).toBeUndefined();
    const dated = built([
      new Release('doc_x1signed', '2026-01-05', 'Alpha Agreement signed', 'The Alpha Agreement was signed on December 30, 2025.').agreement('a1', 'Alpha Agreement', {
        kind: 'FTA',
        status: 'signed',
        parties: ['KR', 'NZ'],
        date: '2025-12-30',
      }),
    ]);
    expect(edgesOf(dated, 'MENTIONS').find((e) => e.target.startsWith('agreement:'))?.attributes).toMatchObject({ status: 'signed', date: '2025-12-30', firstDate: '2026-01-05' });
  });

  it('leaves other entities’ MENTIONS without status or date', () => {
    const others = edgesOf(data, 'MENTIONS').filter((e) => !e.target.startsWith('agreement:'));
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((e) => 'status' in e.attributes || 'date' in e.attributes)).toEqual([]);
  });

  it('makes the meeting reported by two releases one Event node mentioned by both', () => {
    const events = data.nodes.filter((n) => n.attributes.label === 'Event' && n.attributes.name.startsWith('Public-Private'));
    expect(events).toHaveLength(1);
    const sources = edgesOf(data, 'MENTIONS').filter((e) => e.target === events[0]?.id).map((e) => e.source);
    expect(sources).toEqual([documentNodeKey('doc_a1barriers'), documentNodeKey('doc_b2nte')]);
  });

  it('keeps one MET edge per pair, source before target, with the shared events', () => {
    const met = edgesOf(data, 'MET');
    for (const e of met) expect(e.source < e.target).toBe(true);
    const kimYeo = met.find((e) => e.source === 'person:kim-jung-kwan' && e.target === 'person:yeo-han-koo');
    expect(kimYeo?.attributes.eventIds).toEqual(['event:2025-11-18-mou-signing-ceremony']);
    expect(new Set(met.map((e) => `${e.source}|${e.target}`)).size).toBe(met.length);
  });

  it('dates a post by the first and last release that shows it held', () => {
    const post = data.edges.find((e) => e.id === 'HOLDS_POSITION:person:kim-jung-kwan->org:ministry-of-trade-industry-and-resources:minister');
    expect(post?.attributes).toMatchObject({ title: 'Minister', firstDate: '2025-11-19', lastDate: '2025-12-01' });
  });

  it('dates RENAMED_TO by the day the new name took effect', () => {
    expect(edgesOf(data, 'RENAMED_TO').map((e) => [e.source, e.target, e.attributes.date])).toEqual([
      ['org:ministry-of-trade-industry-and-energy', 'org:ministry-of-trade-industry-and-resources', '2025-10-01'],
    ]);
  });

  it('dates every edge by its own evidence, so a store merging it again finds the same firstDate and lastDate', () => {
    for (const edge of data.edges) {
      const dates = edge.attributes.evidence.map((e) => e.date).filter((d): d is string => d !== null).sort();
      expect([edge.attributes.firstDate, edge.attributes.lastDate], edge.id).toEqual([dates[0], dates.at(-1)]);
      expect(mergeEdgeAttributes(edge.attributes, edge.attributes), edge.id).toEqual(edge.attributes);
    }
  });

  it.each(['MENTIONS', 'HOLDS_POSITION', 'MET', 'ATTENDED', 'PARTY_TO', 'RENAMED_TO'])(
    'gives every %s edge sorted unique docIds, a count and sorted non-empty evidence',
    (type) => {
      const edges: EdgeRecord[] = edgesOf(data, type);
      expect(edges.length).toBeGreaterThan(0);
      for (const { attributes: a } of edges) {
        expect(a.docIds).toEqual([...new Set(a.docIds)].sort());
        expect(a.evidence.length).toBeGreaterThan(0);
        expect(a.count).toBeGreaterThan(0);
        const order = a.evidence.map((e) => `${e.date}|${e.docId}|${String(e.start).padStart(8, '0')}`);
        expect(order).toEqual([...order].sort());
        if (a.firstDate && a.lastDate) expect(a.firstDate <= a.lastDate).toBe(true);
      }
    },
  );

  it('gives entity nodes their documents and first and last sighting', () => {
    expect(node(data, 'person:kang-gam-chan')?.attributes).toMatchObject({
      docIds: ['doc_g7amkor', 'doc_h8kang'],
      firstSeen: '2025-11-21',
      lastSeen: '2025-12-10',
    });
  });

  it('sorts nodes and edges by id', () => {
    const ids = data.nodes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort());
    const edgeIds = data.edges.map((e) => e.id);
    expect(edgeIds).toEqual([...edgeIds].sort());
  });

  it('is idempotent: building the same corpus into the same graph again changes nothing', () => {
    const { documents, extractions } = corpusOf(seedReleases());
    const corpus = resolve(documents, extractions);
    const graph = buildGraph(documents, corpus);
    const once = JSON.stringify(toGraphData(graph));
    buildGraph(documents, corpus, graph);
    expect(JSON.stringify(toGraphData(graph))).toBe(once);
  });

  it('round-trips through fromGraphData', () => {
    expect(toGraphData(fromGraphData(data))).toEqual(data);
  });
});
