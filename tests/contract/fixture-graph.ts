import type { Evidence } from '../../src/domain/evidence.js';
import type { EdgeRecord, GraphData, NodeAttributes, NodeRecord } from '../../src/domain/graph.js';
import { SCHEMA_VERSION } from '../../src/domain/graph.js';
import { fixtureEdge as edge } from '../support/fixture-edge.js';

/**
 * A small hand-built graph with every label and relationship type, names outside ASCII, parallel
 * edges and a component reachable only through MENTIONS — enough to tell two stores apart.
 */

export const ids = {
  kim: 'person:kim-jung-kwan',
  yeo: 'person:yeo-han-koo',
  reynolds: 'person:jonathan-reynolds',
  sefcovic: 'person:maros-sefcovic',
  motir: 'org:ministry-of-trade-industry-and-resources',
  motie: 'org:ministry-of-trade-industry-and-energy',
  ec: 'org:european-commission',
  kr: 'country:KR',
  gb: 'country:GB',
  fta: 'agreement:korea-uk-fta',
  talks: 'event:2024-01-15:korea-uk-trade-talks',
  doc1: 'doc:0001aaaa0001aaaa',
  doc2: 'doc:0002bbbb0002bbbb',
  doc3: 'doc:0003cccc0003cccc',
} as const;

const DOC1_TEXT = 'Minister Kim Jung-kwan met Jonathan Reynolds in Seoul on 15 January to discuss the Korea–UK FTA.';
const DOC2_TEXT = 'Trade Minister Yeo Han-koo (여한구) and Kim Jung-kwan spoke with Maroš Šefčovič.';

/** Evidence whose offsets point at `phrase` inside `text`, as extraction would record it. */
export function evidenceOf(docId: string, date: string | null, text: string, phrase: string): Evidence {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" is not in the text of ${docId}`);
  return { docId, date, sentence: text, sentenceStart: 0, start, end: start + phrase.length };
}

const ev1 = (phrase: string) => evidenceOf(ids.doc1, '2024-01-15', DOC1_TEXT, phrase);
const ev2 = (phrase: string) => evidenceOf(ids.doc2, '2024-02-01', DOC2_TEXT, phrase);

function node(id: string, attributes: NodeAttributes): NodeRecord {
  return { id, attributes };
}


const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const fixtureNodes: NodeRecord[] = [
  node(ids.kim, { label: 'Person', name: 'Kim Jung-kwan', aliases: ['Minister Kim'], country: 'KR', firstSeen: '2024-01-15', lastSeen: '2024-02-01', docIds: [ids.doc1, ids.doc2] }),
  node(ids.yeo, { label: 'Person', name: 'Yeo Han-koo', aliases: ['여한구'], country: 'KR', firstSeen: '2024-02-01', lastSeen: '2024-02-01', docIds: [ids.doc2] }),
  node(ids.reynolds, { label: 'Person', name: 'Jonathan Reynolds', aliases: [], country: 'GB', docIds: [ids.doc1] }),
  node(ids.sefcovic, { label: 'Person', name: 'Maroš Šefčovič', aliases: ['Sefcovic'], docIds: [ids.doc2] }),
  node(ids.motir, { label: 'Organization', name: 'Ministry of Trade, Industry and Resources', aliases: ['MOTIR'], kind: 'government', acronym: 'MOTIR', country: 'KR' }),
  node(ids.motie, { label: 'Organization', name: 'Ministry of Trade, Industry and Energy', aliases: [], kind: 'government', acronym: 'MOTIE', country: 'KR' }),
  node(ids.ec, { label: 'Organization', name: 'European Commission', aliases: ['EC'], kind: 'international' }),
  node(ids.kr, { label: 'Country', name: 'Republic of Korea', aliases: ['Korea', '대한민국'], country: 'KR' }),
  node(ids.gb, { label: 'Country', name: 'United Kingdom', aliases: ['UK'], country: 'GB' }),
  node(ids.fta, { label: 'Agreement', name: 'Korea–UK FTA', aliases: [], kind: 'FTA', status: 'negotiating', parties: ['GB', 'KR'] }),
  node(ids.talks, { label: 'Event', name: 'Korea–UK trade talks', aliases: [], kind: 'bilateral', date: '2024-01-15', location: 'Seoul', country: 'KR' }),
  node(ids.doc1, { label: 'Document', name: 'Korea and UK discuss FTA upgrade', aliases: [], date: '2024-01-15', category: 'press', url: 'https://example.org/1', text: DOC1_TEXT, sources: ['dump-1.txt#3'] }),
  node(ids.doc2, { label: 'Document', name: '한-EU 통상장관 회담', aliases: [], date: '2024-02-01', category: 'press', text: DOC2_TEXT, sources: ['dump-1.txt#7', 'dump-2.txt#1'] }),
].sort(byId);

export const fixtureEdges: EdgeRecord[] = [
  edge('MET', ids.reynolds, ids.kim, [ev1('Minister Kim Jung-kwan met Jonathan Reynolds')], { eventIds: [ids.talks] }),
  edge('ATTENDED', ids.kim, ids.talks, [ev1('Minister Kim Jung-kwan met')], { role: 'host' }),
  edge('ATTENDED', ids.reynolds, ids.talks, [ev1('Jonathan Reynolds in Seoul')], { role: 'guest' }),
  edge('HOLDS_POSITION', ids.kim, ids.motir, [ev1('Minister Kim Jung-kwan')], { title: 'Minister' }, 'minister'),
  edge('HOLDS_POSITION', ids.yeo, ids.motir, [ev2('Trade Minister Yeo Han-koo')], { title: 'Trade Minister' }, 'trade-minister'),
  edge('HOLDS_POSITION', ids.yeo, ids.motir, [ev2('Yeo Han-koo (여한구)')], { title: 'Deputy Minister' }, 'deputy'),
  edge('HOLDS_POSITION', ids.sefcovic, ids.ec, [ev2('Maroš Šefčovič')], { title: 'Trade Commissioner' }),
  edge('PARTY_TO', ids.kr, ids.fta, [ev1('Korea–UK FTA')], { status: 'negotiating' }),
  edge('PARTY_TO', ids.gb, ids.fta, [ev1('Korea–UK FTA')], { status: 'negotiating' }),
  edge('SIGNED', ids.kim, ids.fta, [ev1('Kim Jung-kwan met Jonathan Reynolds in Seoul on 15 January to discuss the Korea–UK FTA')]),
  edge('REPRESENTS', ids.reynolds, ids.gb, [ev1('Jonathan Reynolds')]),
  edge('BASED_IN', ids.motir, ids.kr, [{ ...ev1('Minister'), date: null }]),
  edge('HELD_IN', ids.talks, ids.kr, [ev1('in Seoul')]),
  edge('ABOUT', ids.talks, ids.fta, [ev1('to discuss the Korea–UK FTA')]),
  edge('RENAMED_TO', ids.motie, ids.motir, [ev2('Trade Minister')]),
  edge('MENTIONS', ids.doc1, ids.kim, [ev1('Kim Jung-kwan')]),
  edge('MENTIONS', ids.doc1, ids.reynolds, [ev1('Jonathan Reynolds')]),
  edge('MENTIONS', ids.doc1, ids.talks, [ev1('15 January')]),
  edge('MENTIONS', ids.doc1, ids.fta, [ev1('Korea–UK FTA')]),
  edge('MENTIONS', ids.doc2, ids.kim, [ev2('Kim Jung-kwan')]),
  edge('MENTIONS', ids.doc2, ids.yeo, [ev2('Yeo Han-koo'), ev2('여한구')]),
  edge('MENTIONS', ids.doc2, ids.sefcovic, [ev2('Maroš Šefčovič')]),
].sort(byId);

export const fixtureGraph: GraphData = { schemaVersion: SCHEMA_VERSION, nodes: fixtureNodes, edges: fixtureEdges };

/** A later document: one new node, one new edge, and more provenance for Kim and the MET edge. */
const DOC3_TEXT = 'Kim Jung-kwan and Jonathan Reynolds met again in London.';
const ev3 = (phrase: string) => evidenceOf(ids.doc3, '2024-03-10', DOC3_TEXT, phrase);

export const laterGraph: GraphData = {
  schemaVersion: SCHEMA_VERSION,
  nodes: [
    node(ids.kim, { label: 'Person', name: 'Kim Jung-kwan', aliases: ['Kim'], country: 'KR', firstSeen: '2024-03-10', lastSeen: '2024-03-10', docIds: [ids.doc3] }),
    node(ids.reynolds, { label: 'Person', name: 'Jonathan Reynolds', aliases: [], country: 'GB', docIds: [ids.doc3] }),
    node(ids.doc3, { label: 'Document', name: 'Ministers meet in London', aliases: [], date: '2024-03-10', text: DOC3_TEXT, sources: ['dump-3.txt#1'] }),
  ],
  edges: [
    edge('MET', ids.reynolds, ids.kim, [ev1('Minister Kim Jung-kwan met Jonathan Reynolds'), ev3('Kim Jung-kwan and Jonathan Reynolds met again')], { eventIds: [] }),
    edge('MENTIONS', ids.doc3, ids.kim, [ev3('Kim Jung-kwan')]),
  ].sort(byId),
};

export function fixtureNode(id: string): NodeRecord {
  const found = fixtureNodes.find((n) => n.id === id);
  if (!found) throw new Error(`fixture has no node ${id}`);
  return found;
}

export function fixtureEdge(id: string): EdgeRecord {
  const found = fixtureEdges.find((e) => e.id === id);
  if (!found) throw new Error(`fixture has no edge ${id}`);
  return found;
}
