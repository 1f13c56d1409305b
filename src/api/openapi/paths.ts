import { type ApiShapeName } from '../../query/index.js';
import {
  agreementIdPath,
  agreementsQuery,
  countryCsvQuery,
  countryPath,
  countryQuery,
  csvFormatQuery,
  documentIdPath,
  edgeIdPath,
  entitiesQuery,
  neighbourhoodQuery,
  nodeIdPath,
  pairQuery,
  pathQuery,
  personIdPath,
  personMeetingsQuery,
  postsQuery,
  entityQuery,
  searchQuery,
  textSearchQuery,
  periodQuery,
  counterpartsQuery,
  occasionsQuery,
} from '../requests.js';
import { componentRef } from './components.js';
import { COUNTRY_GRAPH_EXAMPLE, COUNTRY_PROFILE_EXAMPLE } from './country-examples.js';
import { parametersOf } from './parameters.js';

/** The operations of the HTTP API. Every path answers JSON; errors are `#/components/schemas/Error`. */
const ref = (name: ApiShapeName) => ({ $ref: componentRef(name) }) as const;
const json = (schema: object) => ({ 'application/json': { schema } }) as const;
const ok = (name: ApiShapeName) => ({ description: 'OK', content: json(ref(name)) }) as const;
/** A list answer: its JSON shape, or the list as CSV when asked (`?format=csv`, `Accept: text/csv`). */
const okOrCsv = (name: ApiShapeName) =>
  ({ description: 'OK: JSON, or the list as CSV with the same rows (`?format=csv` or `Accept: text/csv`)', content: { ...json(ref(name)), 'text/csv': { schema: { type: 'string' } } } }) as const;
/** A response as `okOrCsv` or `ok` gives it, its JSON with one named example answer. */
const withExample = <R extends { content: { 'application/json': object } }>(response: R, summary: string, value: object) =>
  ({ ...response, content: { ...response.content, 'application/json': { ...response.content['application/json'], examples: { [summary.split(' ')[0]!]: { summary, value } } } } }) as const;
const csvFormat = parametersOf(csvFormatQuery, 'query');
const error = (description: string) => ({ description, content: json(ref('Error')) }) as const;
const errors = { '400': error('A parameter is malformed; the message names it.'), '404': error('No such id.') };

export const paths = {
  '/api/search': {
    get: {
      operationId: 'search',
      summary: 'Find entities by name or alias, tolerant of case, accents, dashes and small typos.',
      parameters: [...parametersOf(searchQuery, 'query'), ...csvFormat],
      responses: { '200': okOrCsv('SearchResult'), '400': errors['400'] },
    },
  },
  '/api/entities': {
    get: {
      operationId: 'entities',
      summary: 'People, organisations and other entities by label, country, kind and name prefix, sorted by name; paged with the total.',
      parameters: [...parametersOf(entitiesQuery, 'query'), ...csvFormat],
      responses: { '200': okOrCsv('EntityList'), '400': errors['400'] },
    },
  },
  '/api/entities/{id}': {
    get: {
      operationId: 'entity',
      summary: 'An entity: names, positions held, relation counts, a page of the documents that mention it.',
      parameters: [...parametersOf(nodeIdPath, 'path'), ...parametersOf(entityQuery, 'query')],
      responses: { '200': ok('EntityDetail'), ...errors },
    },
  },
  '/api/entities/{id}/neighbourhood': {
    get: {
      operationId: 'neighbourhood',
      summary: 'The ego network of an entity as Cytoscape elements.',
      parameters: [...parametersOf(nodeIdPath, 'path'), ...parametersOf(neighbourhoodQuery, 'query')],
      responses: { '200': ok('Neighbourhood'), ...errors },
    },
  },
  '/api/persons/{id}/meetings': {
    get: {
      operationId: 'personMeetings',
      summary: 'Everyone a person met: when, where, at which event, with the sentences.',
      parameters: [...parametersOf(personIdPath, 'path'), ...parametersOf(personMeetingsQuery, 'query'), ...csvFormat],
      responses: { '200': okOrCsv('PersonMeetings'), ...errors },
    },
  },
  '/api/meetings': {
    get: {
      operationId: 'pairMeetings',
      summary: 'Every meeting between two people.',
      parameters: [...parametersOf(pairQuery, 'query'), ...csvFormat],
      responses: { '200': okOrCsv('PairMeetings'), ...errors },
    },
  },
  '/api/countries/{code}': {
    get: {
      operationId: 'country',
      summary: 'Everything involving a country: meetings with its officials, agreements, organisations, counterparts, as lists and a timeline; one page of each list with totals, a meeting counting its sentences (the MET edge quotes them), an agreement its signatories (its lifecycle names them). `/api/countries/{code}/graph` draws the same page.',
      parameters: [...parametersOf(countryPath, 'path'), ...parametersOf(countryQuery, 'query'), ...csvFormat, ...parametersOf(countryCsvQuery, 'query')],
      responses: { '200': withExample(okOrCsv('CountryProfile'), 'korea: GET /api/countries/KR?limit=1 on the test fixture graph', COUNTRY_PROFILE_EXAMPLE), ...errors },
    },
  },
  '/api/countries/{code}/graph': {
    get: {
      operationId: 'countryGraph',
      summary: 'The drawing of one page of a country’s lists, as Cytoscape.js elements: the country, the officials, organisations, counterparts, agreements and events that `/api/countries/{code}` lists for the same page, and every relation between them.',
      parameters: [...parametersOf(countryPath, 'path'), ...parametersOf(countryQuery, 'query')],
      responses: { '200': withExample(ok('CountryGraph'), 'korea: GET /api/countries/KR/graph?limit=1 on the test fixture graph', COUNTRY_GRAPH_EXAMPLE), ...errors },
    },
  },
  '/api/path': {
    get: {
      operationId: 'path',
      summary: 'The shortest connection(s) between two entities, each hop with its evidence.',
      parameters: parametersOf(pathQuery, 'query'),
      responses: { '200': ok('PathResult'), ...errors },
    },
  },
  '/api/agreements': {
    get: {
      operationId: 'agreements',
      summary: 'Agreements filtered by kind, status, party country and date range.',
      parameters: [...parametersOf(agreementsQuery, 'query'), ...csvFormat],
      responses: { '200': okOrCsv('AgreementList'), '400': errors['400'] },
    },
  },
  '/api/agreements/{id}': {
    get: {
      operationId: 'agreementLifecycle',
      summary: "An agreement's lifecycle: planning, launch, negotiating rounds, signing, entry into force and upgrades as dated stages, each with the releases that state it.",
      parameters: [...parametersOf(agreementIdPath, 'path'), ...csvFormat],
      responses: { '200': okOrCsv('AgreementLifecycle'), ...errors },
    },
  },
  '/api/posts': {
    get: {
      operationId: 'posts',
      summary: 'Posts (a normalised title at an organisation), each holder with the interval the releases support; with `at`, who held each then.',
      parameters: [...parametersOf(postsQuery, 'query'), ...csvFormat],
      responses: { '200': okOrCsv('PostList'), '400': errors['400'] },
    },
  },
  '/api/occasions': {
    get: {
      operationId: 'occasions',
      summary: 'Meetings one row per occasion (a pair of people on one day): date, event, place, participants, that day’s sentences; by person, country and day; paged with the total.',
      parameters: [...parametersOf(occasionsQuery, 'query'), ...csvFormat],
      responses: { '200': okOrCsv('OccasionList'), ...errors },
    },
  },
  '/api/documents/{id}': {
    get: {
      operationId: 'document',
      summary: "A document's text with its extracted mentions marked.",
      parameters: parametersOf(documentIdPath, 'path'),
      responses: { '200': ok('DocumentView'), ...errors },
    },
  },
  '/api/documents/search': {
    get: {
      operationId: 'textSearch',
      summary: 'Full-text search over release titles and bodies: ranked hits with marked snippets, filtered by date, country and entity.',
      parameters: parametersOf(textSearchQuery, 'query'),
      responses: { '200': ok('TextSearchResult'), ...errors },
    },
  },
  '/api/edges/{id}': {
    get: {
      operationId: 'edge',
      summary: 'A relation with its evidence and the titles and dates of its documents.',
      parameters: parametersOf(edgeIdPath, 'path'),
      responses: { '200': ok('EdgeDetail'), ...errors },
    },
  },
  '/api/analytics/countries': {
    get: {
      operationId: 'countriesAnalytics',
      summary: 'Meetings and agreements per country per quarter (or year), most active country first.',
      parameters: parametersOf(periodQuery, 'query'),
      responses: { '200': ok('CountriesAnalytics'), '400': errors['400'] },
    },
  },
  '/api/persons/{id}/counterparts': {
    get: {
      operationId: 'counterparts',
      summary: 'The people an official met most often, with the number of meeting days and the last one.',
      parameters: [...parametersOf(personIdPath, 'path'), ...parametersOf(counterpartsQuery, 'query')],
      responses: { '200': ok('Counterparts'), ...errors },
    },
  },
  '/api/countries/{code}/activity': {
    get: {
      operationId: 'countryActivity',
      summary: "A country's meetings, agreements and mentions per quarter (or year).",
      parameters: [...parametersOf(countryPath, 'path'), ...parametersOf(periodQuery, 'query')],
      responses: { '200': ok('CountryActivity'), ...errors },
    },
  },
  '/api/stats': {
    get: {
      operationId: 'stats',
      summary: 'Counts by label and type, dates covered, build information, backend.',
      responses: { '200': ok('Stats') },
    },
  },
  '/api/cypher': {
    post: {
      operationId: 'cypher',
      summary: 'Read-only Cypher (Neo4j backend only).',
      requestBody: { required: true, content: json(ref('CypherRequest')) },
      responses: {
        '200': ok('CypherResponse'),
        '400': error('Malformed, too long, or not read-only.'),
        '413': error('Body too large.'),
        '501': error('The embedded store runs no Cypher; the message tells how to start Neo4j.'),
        '503': error('Neo4j is unreachable.'),
      },
    },
  },
  '/api/openapi.json': {
    get: { operationId: 'openapi', summary: 'This document.', responses: { '200': { description: 'OpenAPI 3.1 document', content: json({ type: 'object' }) } } },
  },
} as const;
