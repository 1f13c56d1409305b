import { z } from 'zod';
import { DEFAULT_AGREEMENT_PAGE, DEFAULT_COUNTERPARTS_LIMIT, DEFAULT_COUNTRY_PAGE, DEFAULT_DOCUMENT_PAGE, DEFAULT_ENTITY_PAGE, DEFAULT_HELD_AT_PAGE, DEFAULT_HOLDER_PAGE, DEFAULT_MEETINGS_PAGE, DEFAULT_OCCASION_PAGE, DEFAULT_POST_PAGE, DEFAULT_TEXT_SEARCH_PAGE, PERIODS } from '../query/index.js';
export { csvFormatQuery, countryCsvQuery } from './csv/index.js';
import {
  COUNTRY_CODE_PATTERN,
  COUNTRY_NAME_MAX,
  EDGE_ID_MAX,
  intIn,
  isoDay,
  kindsParam,
  labelsParam,
  MAX_OFFSET,
  MAX_PAGE,
  nodeId,
  notBlankText,
  statusesParam,
  textOf,
  typesParam,
} from './validate.js';

/*
 * What each operation takes, written once: the routes parse requests with these schemas and the
 * OpenAPI document's parameters are generated from them (src/api/openapi/parameters.ts), each
 * description included.
 */

const csv = (what: string) => `Comma-separated ${what}, any case.`;
const urlEncoded = (what: string) => `${what} URL-encoded: \`person%3Akim-jung-kwan\`.`;
const offset = intIn(0, MAX_OFFSET, 0).describe('Skip this many items (default 0).');
const limit = (max: number, fallback: number) => intIn(1, max, fallback).describe(`At most this many (1–${max}, default ${fallback}).`);

export const nodeIdPath = z.object({ id: nodeId.describe(urlEncoded('Node id,')) });
export const personIdPath = z.object({ id: nodeId.describe(urlEncoded('Person id,')) });
export const agreementIdPath = z.object({ id: nodeId.describe(urlEncoded('Agreement id (`agreement:korea-uk-fta`),')) });
export const documentIdPath = z.object({ id: nodeId.describe(urlEncoded('Document id (`doc:…`),')) });
export const edgeIdPath = z.object({
  id: textOf(1, EDGE_ID_MAX, 'an edge id such as MET:person:a->person:b').describe(urlEncoded('Edge id (`MET:person:a->person:b`),')),
});
export const countryPath = z.object({
  code: notBlankText(COUNTRY_NAME_MAX, 'an ISO country code or a country name', 'expected a country code or name, not spaces').describe(
    'ISO 3166-1 alpha-2 (`US`, `EU`) or alpha-3 (`KOR`) code, or a name or alias of the country (`korea`, `UAE`, `United Arab Emirates`); any case.',
  ),
});

export const searchQuery = z.object({
  q: notBlankText(200, 'something to look for', 'expected something to look for besides spaces')
    .transform((text) => text.trim())
    .describe('What to look for.'),
  labels: labelsParam.optional().describe(csv('node labels')),
  limit: limit(100, 20),
});

export const entityQuery = z.object({
  documentOffset: intIn(0, MAX_OFFSET, 0).describe('Skip this many of the documents naming the entity (default 0).'),
  documentLimit: intIn(1, MAX_PAGE, DEFAULT_DOCUMENT_PAGE.limit).describe(
    `At most this many documents naming the entity (1–${MAX_PAGE}, default ${DEFAULT_DOCUMENT_PAGE.limit}); \`documentTotal\` says how many.`,
  ),
});

export const neighbourhoodQuery = z.object({
  depth: intIn(1, 3, 1).describe('Hops out (1–3, default 1).'),
  labels: labelsParam.optional().describe(csv('node labels to keep')),
  types: typesParam.optional().describe(csv('relationship types to follow (MENTIONS only when named)')),
  from: isoDay.optional().describe('Keep edges whose dates end on or after this day.'),
  to: isoDay.optional().describe('Keep edges whose dates start on or before this day.'),
  limit: limit(2000, 300),
});

export const pairQuery = z.object({ a: nodeId.describe('Person id.'), b: nodeId.describe('Person id.') });

export const countryQuery = z.object({ offset, limit: limit(MAX_PAGE, DEFAULT_COUNTRY_PAGE.limit) });

export const personMeetingsQuery = z.object({ offset, limit: limit(MAX_PAGE, DEFAULT_MEETINGS_PAGE.limit) });

export const pathQuery = z.object({
  from: nodeId.describe('Node id.'),
  to: nodeId.describe('Node id.'),
  maxDepth: intIn(1, 6, 4).describe('Longest path, hops (1–6, default 4).'),
  types: typesParam.optional().describe(csv('relationship types a path may use (default all but MENTIONS)')),
  limit: limit(50, 5),
});

export const agreementsQuery = z.object({
  kind: kindsParam.optional().describe(csv('agreement kinds')),
  status: statusesParam.optional().describe(csv('agreement statuses')),
  party: z
    .string()
    .regex(new RegExp(COUNTRY_CODE_PATTERN), 'expected an ISO alpha-2 country code such as US')
    .optional()
    .describe('ISO alpha-2 of a party country, any case.'),
  from: isoDay.optional().describe('Seen on or after this day.'),
  to: isoDay.optional().describe('Seen on or before this day.'),
  offset,
  limit: limit(MAX_PAGE, DEFAULT_AGREEMENT_PAGE.limit),
});

export const textSearchQuery = z.object({
  q: notBlankText(200, 'words to look for', 'expected words to look for besides spaces')
    .transform((text) => text.trim())
    .describe('Words every hit must hold in its title or text; any case, accents optional, a small typo forgiven, the last word may be a prefix.'),
  from: isoDay.optional().describe('Released on or after this day.'),
  to: isoDay.optional().describe('Released on or before this day.'),
  country: notBlankText(COUNTRY_NAME_MAX, 'an ISO country code or a country name', 'expected a country code or name, not spaces')
    .optional()
    .describe('Only documents that mention this country: ISO code or name, as `/api/countries/{code}` takes.'),
  entity: nodeId.optional().describe('Only documents that mention this entity (a node id).'),
  offset,
  limit: limit(100, DEFAULT_TEXT_SEARCH_PAGE.limit),
});

const by = z.enum(PERIODS).default('quarter').describe('Bucket dates by `quarter` (default) or `year`.');
export const periodQuery = z.object({ by });
export const counterpartsQuery = z.object({ limit: limit(MAX_PAGE, DEFAULT_COUNTERPARTS_LIMIT) });

export const postsQuery = z.object({
  title: notBlankText(200, 'a title', 'expected a title, not spaces')
    .optional()
    .describe('A post title in any wording, case or word order: `Trade Minister` finds `Minister for Trade`; a qualifier restating the organisation is left out.'),
  org: notBlankText(300, 'an organisation id or name', 'expected an organisation, not spaces')
    .optional()
    .describe('An organisation id (`org:…`), or its name or an alias, any case.'),
  at: isoDay.optional().describe('A day: each post says who held it then (`heldAt`).'),
  offset,
  limit: limit(MAX_PAGE, DEFAULT_POST_PAGE.limit),
  holderOffset: intIn(0, MAX_OFFSET, 0).describe('Skip this many of each post’s holders (default 0).'),
  holderLimit: intIn(1, MAX_PAGE, DEFAULT_HOLDER_PAGE.limit).describe(`At most this many holders of each post (1–${MAX_PAGE}, default ${DEFAULT_HOLDER_PAGE.limit}); \`holderTotal\` says how many.`),
  heldAtOffset: intIn(0, MAX_OFFSET, 0).describe('Skip this many of those who held each post on the `at` day (default 0).'),
  heldAtLimit: intIn(1, MAX_PAGE, DEFAULT_HELD_AT_PAGE.limit).describe(
    `At most this many of those who held each post on the \`at\` day (1–${MAX_PAGE}, default ${DEFAULT_HELD_AT_PAGE.limit}); \`heldAtTotal\` says how many.`,
  ),
});

export const entitiesQuery = z.object({
  label: labelsParam.optional().describe(`${csv('node labels')} Every label but Document when absent.`),
  country: z
    .string()
    .regex(new RegExp(COUNTRY_CODE_PATTERN), 'expected an ISO alpha-2 country code such as KR')
    .optional()
    .describe('ISO alpha-2 of the entity’s country, any case.'),
  kind: textOf(1, 200, 'comma-separated kinds such as government,company')
    .transform((text) => text.split(',').map((kind) => kind.trim()).filter(Boolean))
    .optional()
    .describe(csv('kinds (`government`, `company`, `FTA`…)')),
  prefix: notBlankText(200, 'the start of a name', 'expected the start of a name, not spaces')
    .optional()
    .describe('The start of the name, of an alias or of a word in them (`sef` finds Šefčovič), case and accents aside.'),
  offset,
  limit: limit(MAX_PAGE, DEFAULT_ENTITY_PAGE.limit),
});

export const occasionsQuery = z.object({
  person: nodeId.optional().describe('Only occasions this person (a Person id) took part in; they are `a` of every row.'),
  country: notBlankText(COUNTRY_NAME_MAX, 'an ISO country code or a country name', 'expected a country code or name, not spaces')
    .optional()
    .describe('Only occasions where either participant represents this country: ISO code or name, as `/api/countries/{code}` takes.'),
  from: isoDay.optional().describe('On or after this day (undated occasions are left out when a day is given).'),
  to: isoDay.optional().describe('On or before this day.'),
  offset,
  limit: limit(MAX_PAGE, DEFAULT_OCCASION_PAGE.limit),
});
