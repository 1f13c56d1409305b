import { AGREEMENT_KINDS, AGREEMENT_STATUSES, NODE_LABELS, RELATIONSHIP_TYPES } from '../../domain/index.js';
import { DEFAULT_AGREEMENT_PAGE, DEFAULT_COUNTRY_PAGE, DEFAULT_MEETINGS_PAGE } from '../../query/index.js';
import { COUNTRY_CODE_PATTERN, COUNTRY_NAME_MAX, csvPattern, EDGE_ID_MAX, ISO_DAY_PATTERN, MAX_OFFSET, MAX_PAGE, NODE_ID_MAX, NOT_BLANK_PATTERN } from '../validate.js';

/** The operations of the HTTP API. Every path answers JSON; errors are `#/components/schemas/Error`. */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` }) as const;
const json = (schema: object) => ({ 'application/json': { schema } }) as const;
const ok = (name: string) => ({ description: 'OK', content: json(ref(name)) }) as const;
const error = (description: string) => ({ description, content: json(ref('Error')) }) as const;

const query = (name: string, description: string, schema: object = { type: 'string' }, required = false) =>
  ({ name, in: 'query', required, description, schema }) as const;
const idSchema = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const nodeIdSchema = idSchema(NODE_ID_MAX);
const pathId = (description: string, max = NODE_ID_MAX) =>
  ({ name: 'id', in: 'path', required: true, description: `${description} URL-encoded: \`person%3Akim-jung-kwan\`.`, schema: idSchema(max) }) as const;

const csv = (what: string) => `Comma-separated ${what}, any case.`;
const csvSchema = (values: readonly string[]) => ({ type: 'string', pattern: csvPattern(values) }) as const;
const date = { type: 'string', format: 'date', pattern: ISO_DAY_PATTERN } as const;
const offset = query('offset', 'Skip this many items (default 0).', { type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0 });
const limit = (max: number, dflt: number) => query('limit', `At most this many (1–${max}, default ${dflt}).`, { type: 'integer', minimum: 1, maximum: max, default: dflt });
const errors = { '400': error('A parameter is malformed; the message names it.'), '404': error('No such id.') };

export const paths = {
  '/api/search': {
    get: {
      operationId: 'search',
      summary: 'Find entities by name or alias, tolerant of case, accents, dashes and small typos.',
      parameters: [query('q', 'What to look for.', { type: 'string', minLength: 1, maxLength: 200, pattern: NOT_BLANK_PATTERN }, true), query('labels', csv('node labels'), csvSchema(NODE_LABELS)), limit(100, 20)],
      responses: { '200': ok('SearchResult'), '400': errors['400'] },
    },
  },
  '/api/entities/{id}': {
    get: {
      operationId: 'entity',
      summary: 'An entity: names, positions held, relation counts, the documents that mention it.',
      parameters: [pathId('Node id,')],
      responses: { '200': ok('EntityDetail'), ...errors },
    },
  },
  '/api/entities/{id}/neighbourhood': {
    get: {
      operationId: 'neighbourhood',
      summary: 'The ego network of an entity as Cytoscape elements.',
      parameters: [
        pathId('Node id,'),
        query('depth', 'Hops out (1–3, default 1).', { type: 'integer', minimum: 1, maximum: 3, default: 1 }),
        query('labels', csv('node labels to keep'), csvSchema(NODE_LABELS)),
        query('types', csv('relationship types to follow (MENTIONS only when named)'), csvSchema(RELATIONSHIP_TYPES)),
        query('from', 'Keep edges whose dates end on or after this day.', date),
        query('to', 'Keep edges whose dates start on or before this day.', date),
        limit(2000, 300),
      ],
      responses: { '200': ok('Neighbourhood'), ...errors },
    },
  },
  '/api/persons/{id}/meetings': {
    get: {
      operationId: 'personMeetings',
      summary: 'Everyone a person met: when, where, at which event, with the sentences.',
      parameters: [pathId('Person id,'), offset, limit(MAX_PAGE, DEFAULT_MEETINGS_PAGE.limit)],
      responses: { '200': ok('PersonMeetings'), ...errors },
    },
  },
  '/api/meetings': {
    get: {
      operationId: 'pairMeetings',
      summary: 'Every meeting between two people.',
      parameters: [query('a', 'Person id.', nodeIdSchema, true), query('b', 'Person id.', nodeIdSchema, true)],
      responses: { '200': ok('PairMeetings'), ...errors },
    },
  },
  '/api/countries/{code}': {
    get: {
      operationId: 'country',
      summary: 'Everything involving a country: meetings with its officials, agreements, organisations, counterparts, as a timeline and as elements.',
      parameters: [
        {
          name: 'code',
          in: 'path',
          required: true,
          description: 'ISO 3166-1 alpha-2 (`US`, `EU`) or alpha-3 (`KOR`) code, or a name or alias of the country (`korea`, `UAE`, `United Arab Emirates`); any case.',
          schema: { type: 'string', minLength: 1, maxLength: COUNTRY_NAME_MAX, pattern: NOT_BLANK_PATTERN },
        },
        offset,
        limit(MAX_PAGE, DEFAULT_COUNTRY_PAGE.limit),
      ],
      responses: { '200': ok('CountryProfile'), ...errors },
    },
  },
  '/api/path': {
    get: {
      operationId: 'path',
      summary: 'The shortest connection(s) between two entities, each hop with its evidence.',
      parameters: [
        query('from', 'Node id.', nodeIdSchema, true),
        query('to', 'Node id.', nodeIdSchema, true),
        query('maxDepth', 'Longest path, hops (1–6, default 4).', { type: 'integer', minimum: 1, maximum: 6, default: 4 }),
        query('types', csv('relationship types a path may use (default all but MENTIONS)'), csvSchema(RELATIONSHIP_TYPES)),
        limit(50, 5),
      ],
      responses: { '200': ok('PathResult'), ...errors },
    },
  },
  '/api/agreements': {
    get: {
      operationId: 'agreements',
      summary: 'Agreements filtered by kind, status, party country and date range.',
      parameters: [
        query('kind', csv('agreement kinds'), csvSchema(AGREEMENT_KINDS)),
        query('status', csv('agreement statuses'), csvSchema(AGREEMENT_STATUSES)),
        query('party', 'ISO alpha-2 of a party country, any case.', { type: 'string', pattern: COUNTRY_CODE_PATTERN }),
        query('from', 'Seen on or after this day.', date),
        query('to', 'Seen on or before this day.', date),
        offset,
        limit(MAX_PAGE, DEFAULT_AGREEMENT_PAGE.limit),
      ],
      responses: { '200': ok('AgreementList'), '400': errors['400'] },
    },
  },
  '/api/documents/{id}': {
    get: {
      operationId: 'document',
      summary: "A document's text with its extracted mentions marked.",
      parameters: [pathId('Document id (`doc:…`),')],
      responses: { '200': ok('DocumentView'), ...errors },
    },
  },
  '/api/edges/{id}': {
    get: {
      operationId: 'edge',
      summary: 'A relation with its evidence and the titles and dates of its documents.',
      parameters: [pathId('Edge id (`MET:person:a->person:b`),', EDGE_ID_MAX)],
      responses: { '200': ok('EdgeDetail'), ...errors },
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
