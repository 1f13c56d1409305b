/**
 * Component schemas of the HTTP API (JSON Schema 2020-12, as OpenAPI 3.1 uses). These are the
 * contract the web viewer builds against; tests validate real responses against them.
 */
const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const int = { type: 'integer', minimum: 0 } as const;
const strings = { type: 'array', items: str } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` }) as const;
const arrayOf = (name: string) => ({ type: 'array', items: ref(name) }) as const;
const counts = { type: 'object', additionalProperties: int } as const;

export const schemas = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: str, message: str },
      },
    },
  },
  Evidence: {
    type: 'object',
    description: 'A sentence supporting a relation; offsets are UTF-16 indices into the document text.',
    required: ['docId', 'date', 'sentence', 'sentenceStart', 'start', 'end'],
    properties: { docId: str, date: nullableStr, sentence: str, sentenceStart: int, start: int, end: int },
  },
  NodeSummary: {
    type: 'object',
    description: 'Enough of a node to name and link it.',
    required: ['id', 'label', 'name'],
    properties: {
      id: str,
      label: { enum: ['Person', 'Organization', 'Country', 'Agreement', 'Event', 'Document'] },
      name: str,
      kind: str,
      country: str,
      status: str,
      date: str,
      location: str,
    },
  },
  DocumentRef: {
    type: 'object',
    required: ['id', 'title', 'date'],
    properties: { id: str, title: str, date: nullableStr, url: nullableStr },
  },
  Elements: {
    type: 'object',
    description: 'Cytoscape.js elements. Node data carries the node attributes (text, sources and docIds excluded; docCount tells how many documents mention the node); edge data the edge attributes (evidence and docIds excluded: GET /api/edges/{id} has them).',
    required: ['nodes', 'edges'],
    properties: {
      nodes: {
        type: 'array',
        items: {
          type: 'object',
          required: ['data'],
          properties: {
            data: { type: 'object', required: ['id', 'label', 'name'], properties: { id: str, label: str, name: str, aliases: strings, docCount: int } },
          },
        },
      },
      edges: {
        type: 'array',
        items: {
          type: 'object',
          required: ['data'],
          properties: {
            data: {
              type: 'object',
              required: ['id', 'source', 'target', 'type', 'count'],
              properties: { id: str, source: str, target: str, type: str, count: int, firstDate: str, lastDate: str },
            },
          },
        },
      },
    },
  },
  SearchHit: {
    type: 'object',
    required: ['id', 'label', 'name', 'aliases', 'score', 'matched'],
    properties: { id: str, label: str, name: str, aliases: strings, country: str, kind: str, score: { type: 'number' }, matched: { description: 'The name or alias that matched best.', type: 'string' } },
  },
  SearchResult: {
    type: 'object',
    required: ['query', 'hits'],
    properties: { query: str, hits: arrayOf('SearchHit') },
  },
  Position: {
    type: 'object',
    required: ['edgeId', 'title', 'organization', 'firstSeen', 'lastSeen', 'evidence'],
    properties: { edgeId: str, title: nullableStr, organization: ref('NodeSummary'), firstSeen: nullableStr, lastSeen: nullableStr, evidence: arrayOf('Evidence') },
  },
  EntityDetail: {
    type: 'object',
    required: ['id', 'label', 'name', 'aliases', 'attributes', 'positions', 'relationCounts', 'documents'],
    properties: {
      id: str,
      label: str,
      name: str,
      aliases: strings,
      attributes: { type: 'object', description: 'Every node attribute except name, aliases, label and text.' },
      positions: arrayOf('Position'),
      relationCounts: counts,
      documents: arrayOf('DocumentRef'),
    },
  },
  Neighbourhood: {
    type: 'object',
    required: ['center', 'depth', 'elements', 'truncated'],
    properties: { center: str, depth: int, elements: ref('Elements'), truncated: { type: 'boolean' } },
  },
  Meeting: {
    type: 'object',
    description: 'Every occasion two people met: the MET edge(s), the shared events, the sentences.',
    required: ['person', 'edgeIds', 'firstDate', 'lastDate', 'events', 'evidence'],
    properties: {
      person: ref('NodeSummary'),
      edgeIds: strings,
      firstDate: nullableStr,
      lastDate: nullableStr,
      events: arrayOf('NodeSummary'),
      evidence: arrayOf('Evidence'),
    },
  },
  PersonMeetings: {
    type: 'object',
    required: ['person', 'meetings'],
    properties: { person: ref('NodeSummary'), meetings: arrayOf('Meeting') },
  },
  PairMeetings: {
    type: 'object',
    description: '`meetings` holds at most one entry (b, as seen from a); empty when they never met.',
    required: ['a', 'b', 'meetings'],
    properties: { a: ref('NodeSummary'), b: ref('NodeSummary'), meetings: arrayOf('Meeting') },
  },
  AgreementSummary: {
    type: 'object',
    required: ['id', 'name', 'kind', 'status', 'parties', 'firstSeen', 'lastSeen', 'signatories'],
    properties: {
      id: str,
      name: str,
      kind: nullableStr,
      status: nullableStr,
      parties: strings,
      date: nullableStr,
      firstSeen: nullableStr,
      lastSeen: nullableStr,
      signatories: arrayOf('NodeSummary'),
    },
  },
  AgreementList: {
    type: 'object',
    description: '`agreements` holds one page (`offset`, `limit`) of the `total` that match.',
    required: ['agreements', 'total', 'page'],
    properties: {
      agreements: arrayOf('AgreementSummary'),
      total: int,
      page: { type: 'object', required: ['offset', 'limit'], properties: { offset: int, limit: int } },
    },
  },
  CountryMeeting: {
    type: 'object',
    required: ['official', 'counterpart', 'edgeIds', 'firstDate', 'lastDate', 'events', 'evidence'],
    properties: {
      official: ref('NodeSummary'),
      counterpart: ref('NodeSummary'),
      edgeIds: strings,
      firstDate: nullableStr,
      lastDate: nullableStr,
      events: arrayOf('NodeSummary'),
      evidence: arrayOf('Evidence'),
    },
  },
  TimelineEntry: {
    type: 'object',
    required: ['date', 'kind', 'summary', 'entityIds'],
    properties: {
      date: nullableStr,
      kind: { enum: ['meeting', 'agreement', 'event'] },
      summary: str,
      entityIds: strings,
      edgeId: str,
    },
  },
  CountryProfile: {
    type: 'object',
    description: 'Every list holds the same page (`offset`, `limit`) of its items; `totals` says how many each has in all, and the elements draw the country with what the page shows.',
    required: ['country', 'officials', 'organizations', 'meetings', 'counterparts', 'agreements', 'agreementsByKind', 'events', 'timeline', 'elements', 'totals', 'page'],
    properties: {
      country: ref('NodeSummary'),
      officials: arrayOf('NodeSummary'),
      organizations: arrayOf('NodeSummary'),
      meetings: arrayOf('CountryMeeting'),
      counterparts: { description: 'People from other countries (mostly Korean) its officials met.', ...arrayOf('NodeSummary') },
      agreements: arrayOf('AgreementSummary'),
      agreementsByKind: { type: 'object', additionalProperties: { type: 'object', additionalProperties: int }, description: 'kind → status → count' },
      events: arrayOf('NodeSummary'),
      timeline: arrayOf('TimelineEntry'),
      elements: ref('Elements'),
      totals: {
        type: 'object',
        required: ['officials', 'organizations', 'meetings', 'counterparts', 'agreements', 'events', 'timeline'],
        properties: { officials: int, organizations: int, meetings: int, counterparts: int, agreements: int, events: int, timeline: int },
      },
      page: { type: 'object', required: ['offset', 'limit'], properties: { offset: int, limit: int } },
    },
  },
  Hop: {
    type: 'object',
    required: ['edgeId', 'type', 'source', 'target', 'evidence'],
    properties: { edgeId: str, type: str, source: str, target: str, firstDate: str, lastDate: str, evidence: arrayOf('Evidence') },
  },
  Path: {
    type: 'object',
    required: ['nodes', 'hops'],
    properties: { nodes: arrayOf('NodeSummary'), hops: arrayOf('Hop') },
  },
  PathResult: {
    type: 'object',
    required: ['from', 'to', 'paths', 'elements'],
    properties: { from: ref('NodeSummary'), to: ref('NodeSummary'), paths: arrayOf('Path'), elements: ref('Elements') },
  },
  MarkedMention: {
    type: 'object',
    required: ['start', 'end', 'entityId', 'label', 'name'],
    properties: { start: int, end: int, entityId: str, label: str, name: str },
  },
  DocumentView: {
    type: 'object',
    required: ['id', 'title', 'date', 'category', 'url', 'sources', 'text', 'mentions'],
    properties: {
      id: str,
      title: str,
      date: nullableStr,
      category: nullableStr,
      url: nullableStr,
      sources: strings,
      text: str,
      mentions: { description: 'Sorted by start; non-overlapping.', ...arrayOf('MarkedMention') },
    },
  },
  EdgeDetail: {
    type: 'object',
    required: ['id', 'type', 'source', 'target', 'attributes', 'evidence', 'documents'],
    properties: {
      id: str,
      type: str,
      source: ref('NodeSummary'),
      target: ref('NodeSummary'),
      attributes: { type: 'object', description: 'Every edge attribute except evidence.' },
      evidence: arrayOf('Evidence'),
      documents: arrayOf('DocumentRef'),
    },
  },
  Stats: {
    type: 'object',
    required: ['backend', 'capabilities', 'nodes', 'edges', 'nodesByLabel', 'edgesByType', 'dateRange', 'build'],
    properties: {
      backend: { enum: ['embedded', 'neo4j'] },
      capabilities: { type: 'object', required: ['cypher'], properties: { cypher: { type: 'boolean' } } },
      nodes: int,
      edges: int,
      nodesByLabel: counts,
      edgesByType: counts,
      dateRange: { type: 'object', required: ['from', 'to'], properties: { from: nullableStr, to: nullableStr } },
      build: { type: ['object', 'null'], description: 'The snapshot metadata (built at, inputs), null when unknown.' },
    },
  },
  CypherRequest: {
    type: 'object',
    required: ['query'],
    properties: { query: { type: 'string', minLength: 1 }, params: { type: 'object' } },
  },
  CypherResponse: {
    type: 'object',
    required: ['columns', 'rows', 'elements', 'truncated'],
    properties: { columns: strings, rows: { type: 'array', items: { type: 'array' } }, elements: ref('Elements'), truncated: { type: 'boolean' } },
  },
} as const;
