import type { GraphData } from '../../../src/domain/graph.js';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../../../src/domain/labels.js';
import type { Question } from './ask.js';
import { seedSample, typo } from './seed-sample.js';

const enc = encodeURIComponent;
const get = (path: string, status = 200): Question => ({ method: 'GET', path, status });
const query = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

type Sample = ReturnType<typeof seedSample>;

function searches(s: Sample): Question[] {
  const names = (['Person', 'Organization', 'Country', 'Agreement', 'Event'] as const).flatMap((label) => s.of(label).slice(0, 3).map((n) => n.attributes.name));
  const aliases = s.nodes.flatMap((n) => n.attributes.aliases ?? []).slice(0, 6);
  const people = s.of('Person').slice(0, 5).map((n) => n.attributes.name);
  const typed = [
    ...names,
    ...aliases,
    ...people.map(typo),
    ...people.map((name) => name.toLowerCase().slice(0, Math.max(3, name.length - 3))),
    ...people.map((name) => name.replace(/[-\s]/g, '')),
    'yeo han',
    'hankoo',
    'Korea',
    'FTA',
    'zzqxwv',
  ];
  return [
    ...typed.map((q) => get(`/api/search?${query({ q })}`)),
    get(`/api/search?${query({ q: 'minister', labels: 'Person', limit: 5 })}`),
    get(`/api/search?${query({ q: 'korea', labels: 'Organization,Country', limit: 3 })}`),
    get(`/api/search?${query({ q: 'agreement', labels: 'Agreement,Event', limit: 100 })}`),
    get(`/api/search?${query({ q: 'trade', labels: 'Document' })}`),
  ];
}

function neighbourhoods(s: Sample): Question[] {
  const centres = [...s.hubs(6), ...(['Person', 'Organization', 'Country', 'Agreement', 'Event', 'Document'] as const).map((label) => s.of(label)[0]!)];
  const middle = s.middleDate();
  const variants: Record<string, string | number>[] = [
    { depth: 1 },
    { depth: 2 },
    { depth: 2, limit: 7 },
    { depth: 3, limit: 25 },
    { depth: 1, labels: 'Person,Organization' },
    { depth: 2, types: 'MET,ATTENDED,HOLDS_POSITION', limit: 12 },
    { depth: 1, types: 'MENTIONS' },
    { depth: 2, from: middle },
    { depth: 2, to: middle, limit: 10 },
    { depth: 1, from: middle, to: middle },
  ];
  return centres.flatMap((node) => variants.map((v) => get(`/api/entities/${enc(node.id)}/neighbourhood?${query(v)}`)));
}

function pairs(s: Sample): Question[] {
  const met = s.edges.filter((e) => e.attributes.type === 'MET').slice(0, 6);
  const people = s.of('Person');
  const [a, b] = [people[0]!.id, people[people.length - 1]!.id];
  return [
    ...met.flatMap((e) => [get(`/api/meetings?${query({ a: e.source, b: e.target })}`), get(`/api/meetings?${query({ a: e.target, b: e.source })}`)]),
    get(`/api/meetings?${query({ a, b })}`),
    get(`/api/meetings?${query({ a, b: a })}`),
  ];
}

function paths(s: Sample): Question[] {
  const people = s.hubs(40).filter((n) => n.attributes.label === 'Person').slice(0, 7);
  const questions: Question[] = [];
  for (const from of people) for (const to of people) if (from.id < to.id) questions.push(get(`/api/path?${query({ from: from.id, to: to.id })}`));
  const [first, second] = [people[0]!.id, people[1]!.id];
  const country = s.of('Country')[0]!.id;
  const agreement = s.of('Agreement')[0]!.id;
  const isolated = s.isolated()[0];
  return [
    ...questions,
    get(`/api/path?${query({ from: first, to: country, maxDepth: 6, limit: 50 })}`),
    get(`/api/path?${query({ from: agreement, to: second, limit: 1 })}`),
    get(`/api/path?${query({ from: first, to: second, types: 'MET', maxDepth: 2 })}`),
    get(`/api/path?${query({ from: first, to: country, types: 'RENAMED_TO' })}`),
    get(`/api/path?${query({ from: first, to: agreement, maxDepth: 1 })}`),
    get(`/api/path?${query({ from: first, to: first })}`),
    ...(isolated ? [get(`/api/path?${query({ from: first, to: isolated.id })}`)] : []),
  ];
}

function agreementFilters(s: Sample): Question[] {
  const middle = s.middleDate();
  return [
    get('/api/agreements'),
    ...AGREEMENT_KINDS.map((kind) => get(`/api/agreements?${query({ kind })}`)),
    ...AGREEMENT_STATUSES.map((status) => get(`/api/agreements?${query({ status })}`)),
    ...s.partyCodes().map((party) => get(`/api/agreements?${query({ party })}`)),
    get(`/api/agreements?${query({ party: 'kr' })}`),
    get(`/api/agreements?${query({ kind: 'MOU,FTA', status: 'signed,planned' })}`),
    get(`/api/agreements?${query({ from: middle })}`),
    get(`/api/agreements?${query({ to: middle })}`),
    get(`/api/agreements?${query({ from: middle, to: middle, party: 'KR' })}`),
    get(`/api/agreements?${query({ kind: 'mou', status: 'SIGNED' })}`),
    get(`/api/agreements?${query({ offset: 2, limit: 3 })}`),
  ];
}

function posts(s: Sample): Question[] {
  const organisation = s.of('Organization')[0]!;
  const middle = s.middleDate();
  return [
    get('/api/posts?limit=500'),
    get(`/api/posts?${query({ title: 'Trade Minister' })}`),
    get(`/api/posts?${query({ title: 'minister for trade', at: middle })}`),
    get(`/api/posts?${query({ title: 'Minister', org: 'org:ministry-of-trade-industry-and-resources', at: middle })}`),
    get(`/api/posts?${query({ org: organisation.id })}`),
    get(`/api/posts?${query({ org: organisation.attributes.name.toUpperCase() })}`),
    get(`/api/posts?${query({ at: middle, offset: 3, limit: 4 })}`),
    get(`/api/posts?${query({ at: middle, holderOffset: 1, holderLimit: 2 })}`),
    get(`/api/posts?${query({ title: 'Minister', at: middle, heldAtOffset: 1, heldAtLimit: 1 })}`),
    get(`/api/posts?${query({ title: 'Trade Minister', format: 'csv' })}`),
    get(`/api/posts?${query({ at: 'March' })}`, 400),
  ];
}

function entityLists(s: Sample): Question[] {
  const person = s.of('Person')[0]!.attributes.name;
  return [
    get('/api/entities?limit=500'),
    get(`/api/entities?${query({ label: 'Person', limit: 500 })}`),
    get(`/api/entities?${query({ label: 'Organization', country: 'kr', kind: 'government,company' })}`),
    get(`/api/entities?${query({ prefix: person.slice(0, 3) })}`),
    get(`/api/entities?${query({ label: 'Document', offset: 5, limit: 5 })}`),
    get(`/api/entities?${query({ label: 'Person', prefix: person.slice(0, 3), format: 'csv' })}`),
    get(`/api/entities?${query({ country: 'KOR' })}`, 400),
  ];
}

/** Requests that must fail, and fail the same way, on both stores. */
function errors(s: Sample): Question[] {
  const person = s.of('Person')[0]!.id;
  const country = s.of('Country')[0]!.id;
  return [
    get('/api/entities/person%3Anobody-at-all', 404),
    get('/api/entities/person%3Anobody-at-all/neighbourhood', 404),
    get('/api/persons/person%3Anobody-at-all/meetings', 404),
    get(`/api/persons/${enc(country)}/meetings`, 404),
    get(`/api/meetings?${query({ a: person, b: 'person:nobody-at-all' })}`, 404),
    get(`/api/meetings?${query({ a: person, b: country })}`, 404),
    get('/api/countries/ZZ', 404),
    get(`/api/path?${query({ from: person, to: 'person:nobody-at-all' })}`, 404),
    get('/api/documents/doc%3A0000000000000000', 404),
    get(`/api/documents/${enc(person)}`, 404),
    get('/api/edges/MET%3Aperson%3Aa-%3Eperson%3Ab', 404),
    get('/api/no-such-endpoint', 404),
    get('/api/search', 400),
    get(`/api/search?${query({ q: 'kim', limit: 0 })}`, 400),
    get(`/api/search?${query({ q: 'kim', labels: 'Planet' })}`, 400),
    get(`/api/search?${query({ q: 'x'.repeat(201) })}`, 400),
    get(`/api/entities/${enc(person)}/neighbourhood?${query({ depth: 4 })}`, 400),
    get(`/api/entities/${enc(person)}/neighbourhood?${query({ types: 'KNOWS' })}`, 400),
    get(`/api/entities/${enc(person)}/neighbourhood?${query({ from: '1 May 2025' })}`, 400),
    get(`/api/entities/${enc(person)}/neighbourhood?${query({ limit: 'many' })}`, 400),
    get(`/api/meetings?${query({ a: person })}`, 400),
    get(`/api/countries/${'x'.repeat(101)}`, 400),
    get('/api/countries/%20%20', 400),
    get(`/api/path?${query({ from: person })}`, 400),
    get(`/api/path?${query({ from: person, to: country, maxDepth: 7 })}`, 400),
    get(`/api/agreements?${query({ kind: 'alliance' })}`, 400),
    get(`/api/agreements?${query({ status: 'rumoured' })}`, 400),
    get(`/api/agreements?${query({ party: 'KOR' })}`, 400),
    get(`/api/agreements?${query({ from: '2025/01/01' })}`, 400),
    { method: 'POST', path: '/api/cypher', body: {}, status: 400 },
    { method: 'POST', path: '/api/cypher', body: { query: '   ' }, status: 400 },
    { method: 'POST', path: '/api/cypher', body: { query: 'MATCH (n) RETURN n', params: { 'bad name': 1 } }, status: 400 },
  ];
}

/**
 * Every endpoint of the API with the questions to put to it, built from the graph served: the
 * table the parity test runs, one row per endpoint.
 */
function textSearches(s: Sample): Question[] {
  const words = ['Barakah', 'barakeh', 'trade minister', 'nuclear', 'FTA', 'semiconductor supply', 'Korea', 'zzqxwv'];
  const filters: Record<string, string | number>[] = [{}, { limit: 3, offset: 2 }, { from: s.middleDate() }, { to: s.middleDate() }, { country: 'KR' }, ...s.of('Country').slice(0, 2).map((c) => ({ country: c.attributes.name }))];
  const entities = s.hubs(3).map((n) => ({ entity: n.id }));
  return words.flatMap((q) => [...filters, ...entities].map((f) => get(`/api/documents/search?${query({ q, ...f })}`)));
}

function analytics(s: Sample): Question[] {
  return [
    get('/api/analytics/countries'),
    get('/api/analytics/countries?by=year'),
    ...s.of('Person').flatMap((n) => [get(`/api/persons/${enc(n.id)}/counterparts`), get(`/api/persons/${enc(n.id)}/counterparts?limit=2`)]),
    ...s.of('Country').flatMap((n) => ['quarter', 'year'].map((by) => get(`/api/countries/${enc(n.id.slice(8))}/activity?by=${by}`))),
  ];
}

function occasions(s: Sample): Question[] {
  const middle = s.middleDate();
  const person = s.hubs(40).find((n) => n.attributes.label === 'Person')!.id;
  const country = s.of('Country')[0]!;
  return [
    get('/api/occasions?limit=500'),
    get(`/api/occasions?${query({ offset: 3, limit: 4 })}`),
    get(`/api/occasions?${query({ person })}`),
    get(`/api/occasions?${query({ country: 'KR', from: middle })}`),
    get(`/api/occasions?${query({ country: country.attributes.name, to: middle })}`),
    get(`/api/occasions?${query({ from: middle, to: middle, format: 'csv' })}`),
    get(`/api/occasions?${query({ person: 'person:nobody-at-all' })}`, 404),
    get(`/api/occasions?${query({ from: 'March' })}`, 400),
  ];
}

export const PARITY_ENDPOINTS: readonly (readonly [string, (graph: GraphData) => Question[]])[] = [
  ['GET /api/search for names, aliases, typos, prefixes and label filters', (g) => searches(seedSample(g))],
  ['GET /api/entities/:id for every node', (g) => seedSample(g).nodes.map((n) => get(`/api/entities/${enc(n.id)}`))],
  ['GET /api/entities/:id/neighbourhood at depths 1–3 with label, type, date filters and cuts', (g) => neighbourhoods(seedSample(g))],
  ['GET /api/persons/:id/meetings for every person', (g) => seedSample(g).of('Person').map((n) => get(`/api/persons/${enc(n.id)}/meetings`))],
  ['GET /api/meetings for pairs who met, who did not, and a person with themself', (g) => pairs(seedSample(g))],
  ['GET /api/countries/:code for every country', (g) => seedSample(g).of('Country').flatMap((n) => [get(`/api/countries/${n.attributes.country ?? n.id.slice(8)}`)]).concat(['kr', 'KOR', 'korea', 'UAE', 'United%20Arab%20Emirates', 'Atlantis'].map((code) => get(`/api/countries/${code}`, code === 'Atlantis' ? 404 : 200)), get('/api/countries/KR?offset=3&limit=4'))],
  ['GET /api/countries/:code/graph for every country and a few pages', (g) => seedSample(g).of('Country').flatMap((n) => [get(`/api/countries/${n.attributes.country ?? n.id.slice(8)}/graph`)]).concat(['kr', 'korea', 'Atlantis'].map((code) => get(`/api/countries/${code}/graph`, code === 'Atlantis' ? 404 : 200)), get('/api/countries/KR/graph?offset=3&limit=4'), get('/api/countries/KR/graph?limit=50'))],
  ['GET /api/path between officials, across labels, unreachable and to itself', (g) => paths(seedSample(g))],
  ['GET /api/agreements with each kind, status, party and date filter', (g) => agreementFilters(seedSample(g))],
  ['GET /api/agreements/:id for every agreement, and an unknown one', (g) => [...seedSample(g).of('Agreement').map((n) => get(`/api/agreements/${enc(n.id)}`)), get(`/api/agreements/${enc('agreement:nothing')}`, 404)]],
  ['GET /api/posts by title wording, organisation, day and page, and as CSV', (g) => posts(seedSample(g))],
  ['GET /api/entities by label, country, kind, prefix and page, and as CSV', (g) => entityLists(seedSample(g))],
  ['GET /api/documents/:id for every document', (g) => seedSample(g).of('Document').map((n) => get(`/api/documents/${enc(n.id)}`))],
  ['GET /api/documents/search with typos, pages and date, country and entity filters', (g) => textSearches(seedSample(g))],
  ['GET /api/analytics/countries, /api/persons/:id/counterparts and /api/countries/:code/activity', (g) => analytics(seedSample(g))],
  ['GET /api/occasions by person, country, day and page, and as CSV', (g) => occasions(seedSample(g))],
  ['GET /api/edges/:id for a sample of every relationship type', (g) => seedSample(g).edgeSample(50).map((e) => get(`/api/edges/${enc(e.id)}`))],
  ['GET /api/openapi.json', () => [get('/api/openapi.json')]],
  ['unknown ids (404) and bad parameters (400)', (g) => errors(seedSample(g))],
];
