import type { EdgeRecord, Evidence, GraphData, NodeAttributes, NodeRecord } from '../../../src/domain/index.js';
import { SCHEMA_VERSION } from '../../../src/domain/index.js';
import { fixtureEdge as edge } from '../../support/fixture-edge.js';

/**
 * A hand-built graph of two press releases, shaped as build/ produces it: Kim Jung-kwan meets
 * Jamieson Greer in Washington; Yeo Han-koo and Maroš Šefčovič sign a supply-chain MOU in Brussels.
 */
const DOC_A = {
  id: 'doc:aaaa000000000001',
  title: 'Minister Kim Jung-kwan meets USTR Greer in Washington',
  date: '2025-07-31',
  text:
    'Minister of Trade, Industry and Resources Kim Jung-kwan met United States Trade Representative Jamieson Greer in Washington on July 31. ' +
    'The two sides reviewed the Korea-U.S. FTA.',
};
const DOC_B = {
  id: 'doc:bbbb000000000002',
  title: 'Korea and the EU sign an MOU on supply chains',
  date: '2025-09-16',
  text:
    'Trade Minister Yeo Han-koo and EU Commissioner Maroš Šefčovič signed the Korea-EU MOU on Supply Chains in Brussels. ' +
    'Yeo Han-koo said the MOU strengthens cooperation with the European Commission.',
};

type Doc = typeof DOC_A;

/** Evidence for `phrase` inside the sentence of `doc` that contains it. */
function ev(doc: Doc, phrase: string, occurrence = 0): Evidence {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = doc.text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`fixture: "${phrase}" not in ${doc.id}`);
  const sentenceStart = doc.text.lastIndexOf('. ', start) < 0 ? 0 : doc.text.lastIndexOf('. ', start) + 2;
  const stop = doc.text.indexOf('.', start + phrase.length);
  const sentence = doc.text.slice(sentenceStart, stop < 0 ? undefined : stop + 1);
  return { docId: doc.id, date: doc.date, sentence, sentenceStart, start, end: start + phrase.length };
}

function node(id: string, attributes: Omit<NodeAttributes, 'aliases'> & { aliases?: string[] }): NodeRecord {
  return { id, attributes: { aliases: [], ...attributes } };
}


const KIM = 'person:kim-jung-kwan';
const GREER = 'person:jamieson-greer';
const YEO = 'person:yeo-han-koo';
const SEF = 'person:maros-sefcovic';
const MOTIR = 'org:ministry-of-trade-industry-and-resources';
const USTR = 'org:office-of-the-united-states-trade-representative';
const EC = 'org:european-commission';
const FTA = 'agreement:korea-us-fta';
const MOU = 'agreement:korea-eu-mou-on-supply-chains';
const EV_WASH = 'event:2025-07-31-washington';
const EV_BRU = 'event:2025-09-16-brussels';
export const ids = { KIM, GREER, YEO, SEF, MOTIR, USTR, EC, FTA, MOU, EV_WASH, EV_BRU, DOC_A: DOC_A.id, DOC_B: DOC_B.id } as const;

const seenA = { firstSeen: DOC_A.date, lastSeen: DOC_A.date, docIds: [DOC_A.id] };
const seenB = { firstSeen: DOC_B.date, lastSeen: DOC_B.date, docIds: [DOC_B.id] };
const seenAB = { firstSeen: DOC_A.date, lastSeen: DOC_B.date, docIds: [DOC_A.id, DOC_B.id] };

const nodes: NodeRecord[] = [
  node(KIM, { label: 'Person', name: 'Kim Jung-kwan', aliases: ['Minister Kim'], country: 'KR', ...seenA }),
  node(GREER, { label: 'Person', name: 'Jamieson Greer', aliases: ['USTR Greer'], country: 'US', ...seenA }),
  node(YEO, { label: 'Person', name: 'Yeo Han-koo', country: 'KR', ...seenB }),
  node(SEF, { label: 'Person', name: 'Maroš Šefčovič', country: 'EU', ...seenB }),
  node(MOTIR, { label: 'Organization', name: 'Ministry of Trade, Industry and Resources', aliases: ['MOTIR'], acronym: 'MOTIR', kind: 'government', country: 'KR', ...seenA }),
  node(USTR, { label: 'Organization', name: 'Office of the United States Trade Representative', aliases: ['USTR'], acronym: 'USTR', kind: 'government', country: 'US', ...seenA }),
  node(EC, { label: 'Organization', name: 'European Commission', kind: 'international', country: 'EU', ...seenB }),
  node('country:KR', { label: 'Country', name: 'South Korea', aliases: ['Korea', 'Republic of Korea'], country: 'KR', ...seenAB }),
  node('country:US', { label: 'Country', name: 'United States', aliases: ['U.S.'], country: 'US', ...seenA }),
  node('country:EU', { label: 'Country', name: 'European Union', aliases: ['EU'], country: 'EU', ...seenB }),
  node(FTA, { label: 'Agreement', name: 'Korea-U.S. FTA', kind: 'FTA', status: 'in_force', parties: ['KR', 'US'], ...seenA }),
  node(MOU, { label: 'Agreement', name: 'Korea-EU MOU on Supply Chains', kind: 'MOU', status: 'signed', parties: ['EU', 'KR'], date: DOC_B.date, ...seenB }),
  node(EV_WASH, { label: 'Event', name: 'Kim–Greer meeting in Washington', kind: 'bilateral', date: '2025-07-31', location: 'Washington', country: 'US', ...seenA }),
  node(EV_BRU, { label: 'Event', name: 'MOU signing in Brussels', kind: 'signing', date: '2025-09-16', location: 'Brussels', country: 'EU', ...seenB }),
  node(DOC_A.id, { label: 'Document', name: DOC_A.title, date: DOC_A.date, category: 'Press Releases', text: DOC_A.text, sources: ['seeds/000.txt#1'] }),
  node(DOC_B.id, { label: 'Document', name: DOC_B.title, date: DOC_B.date, category: 'Press Releases', text: DOC_B.text, sources: ['seeds/001.txt#1'] }),
];

const edges: EdgeRecord[] = [
  edge('MET', GREER, KIM, [ev(DOC_A, 'Kim Jung-kwan met United States Trade Representative Jamieson Greer')], { eventIds: [EV_WASH] }),
  edge('MET', SEF, YEO, [ev(DOC_B, 'Yeo Han-koo and EU Commissioner Maroš Šefčovič signed')], { eventIds: [EV_BRU] }),
  edge('ATTENDED', KIM, EV_WASH, [ev(DOC_A, 'Kim Jung-kwan met')], { role: 'host' }),
  edge('ATTENDED', GREER, EV_WASH, [ev(DOC_A, 'Jamieson Greer in Washington')], { role: 'guest' }),
  edge('ATTENDED', YEO, EV_BRU, [ev(DOC_B, 'Yeo Han-koo and EU')], { role: 'signatory' }),
  edge('ATTENDED', SEF, EV_BRU, [ev(DOC_B, 'Maroš Šefčovič signed')], { role: 'signatory' }),
  edge('HOLDS_POSITION', KIM, MOTIR, [ev(DOC_A, 'Minister of Trade, Industry and Resources Kim Jung-kwan')], { title: 'Minister of Trade, Industry and Resources' }),
  edge('HOLDS_POSITION', GREER, USTR, [ev(DOC_A, 'United States Trade Representative Jamieson Greer')], { title: 'United States Trade Representative' }),
  edge('HOLDS_POSITION', YEO, MOTIR, [ev(DOC_B, 'Trade Minister Yeo Han-koo')], { title: 'Trade Minister' }),
  edge('HOLDS_POSITION', SEF, EC, [ev(DOC_B, 'EU Commissioner Maroš Šefčovič')], { title: 'Commissioner' }),
  edge('REPRESENTS', KIM, 'country:KR', [ev(DOC_A, 'Minister of Trade, Industry and Resources Kim Jung-kwan')]),
  edge('REPRESENTS', GREER, 'country:US', [ev(DOC_A, 'United States Trade Representative Jamieson Greer')]),
  edge('REPRESENTS', YEO, 'country:KR', [ev(DOC_B, 'Trade Minister Yeo Han-koo')]),
  edge('REPRESENTS', SEF, 'country:EU', [ev(DOC_B, 'EU Commissioner Maroš Šefčovič')]),
  edge('BASED_IN', MOTIR, 'country:KR', [ev(DOC_A, 'Minister of Trade, Industry and Resources')]),
  edge('BASED_IN', USTR, 'country:US', [ev(DOC_A, 'United States Trade Representative')]),
  edge('BASED_IN', EC, 'country:EU', [ev(DOC_B, 'European Commission')]),
  edge('HELD_IN', EV_WASH, 'country:US', [ev(DOC_A, 'in Washington on July 31')]),
  edge('HELD_IN', EV_BRU, 'country:EU', [ev(DOC_B, 'in Brussels')]),
  edge('PARTY_TO', 'country:KR', FTA, [ev(DOC_A, 'Korea-U.S. FTA')], { status: 'in_force' }),
  edge('PARTY_TO', 'country:US', FTA, [ev(DOC_A, 'Korea-U.S. FTA')], { status: 'in_force' }),
  edge('PARTY_TO', 'country:KR', MOU, [ev(DOC_B, 'Korea-EU MOU on Supply Chains')], { status: 'signed' }),
  edge('PARTY_TO', 'country:EU', MOU, [ev(DOC_B, 'Korea-EU MOU on Supply Chains')], { status: 'signed' }),
  edge('SIGNED', YEO, MOU, [ev(DOC_B, 'Yeo Han-koo and EU Commissioner Maroš Šefčovič signed the Korea-EU MOU')]),
  edge('SIGNED', SEF, MOU, [ev(DOC_B, 'Maroš Šefčovič signed the Korea-EU MOU')]),
  edge('ABOUT', EV_BRU, MOU, [ev(DOC_B, 'signed the Korea-EU MOU on Supply Chains in Brussels')]),
  ...[
    [KIM, 'Kim Jung-kwan'],
    [GREER, 'Jamieson Greer'],
    [MOTIR, 'Minister of Trade, Industry and Resources'],
    ['country:US', 'United States'],
    [FTA, 'Korea-U.S. FTA'],
  ].map(([target, phrase]) => edge('MENTIONS', DOC_A.id, target!, [ev(DOC_A, phrase!)])),
  ...[
    [YEO, 'Yeo Han-koo', 0],
    [YEO, 'Yeo Han-koo', 1],
    [SEF, 'Maroš Šefčovič', 0],
    ['country:EU', 'EU', 0],
    [MOU, 'Korea-EU MOU on Supply Chains', 0],
    [EC, 'European Commission', 0],
  ].reduce<EdgeRecord[]>((list, [target, phrase, occurrence]) => {
    const evidence = ev(DOC_B, phrase as string, occurrence as number);
    const existing = list.find((e) => e.target === target);
    if (!existing) return [...list, edge('MENTIONS', DOC_B.id, target as string, [evidence])];
    const merged = edge('MENTIONS', DOC_B.id, target as string, [...existing.attributes.evidence, evidence]);
    return list.map((e) => (e === existing ? merged : e));
  }, []),
];

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The fixture graph, sorted by id as build/ emits it. */
export function fixtureGraph(): GraphData {
  return { schemaVersion: SCHEMA_VERSION, nodes: [...nodes].sort(byId), edges: [...edges].sort(byId) };
}
