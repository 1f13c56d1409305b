import { API_SHAPES, type ApiShapeName } from '../../query/index.js';
import { parseInput } from '../validate.js';
import { countryCsvQuery, type COUNTRY_LIST_NAMES } from './csv-params.js';

/** Where a CSV's rows are in a list answer, and the shape of one row. */
export interface CsvRows {
  /** The field of the JSON answer that holds the list. */
  readonly field: string;
  readonly item: ApiShapeName;
  /** The download's name, without `.csv`. */
  readonly file: string;
}

/** A list endpoint that answers CSV: its path under /api and where its rows are. */
export interface CsvList {
  readonly path: RegExp;
  /** The rows of this request: a fixed list, or one chosen by a query parameter (a country's `list`). */
  rows(query: Readonly<Record<string, unknown>>): CsvRows;
}

const fixed = (field: string, item: ApiShapeName, file = field) => () => ({ field, item, file });

/** A country's lists that CSV can give, by the `list` parameter; the timeline when absent, as it dates every kind. */
export const COUNTRY_LISTS = {
  timeline: 'TimelineEntry',
  meetings: 'CountryMeeting',
  agreements: 'CountryAgreement',
  officials: 'NodeSummary',
  organizations: 'NodeSummary',
  counterparts: 'NodeSummary',
  events: 'NodeSummary',
} as const satisfies Record<(typeof COUNTRY_LIST_NAMES)[number], ApiShapeName>;

function countryRows(query: Readonly<Record<string, unknown>>): CsvRows {
  const { list = 'timeline' } = parseInput(countryCsvQuery, query, 'query');
  return { field: list, item: COUNTRY_LISTS[list], file: `country-${list}` };
}

/**
 * Every list endpoint that answers CSV as well as JSON. A new list endpoint adds a line here and
 * `csvResponses` in its OpenAPI path entry.
 */
export const CSV_LISTS: readonly CsvList[] = [
  { path: /^\/search\/?$/, rows: fixed('hits', 'SearchHit', 'search') },
  { path: /^\/agreements\/?$/, rows: fixed('agreements', 'AgreementSummary') },
  { path: /^\/agreements\/[^/]+\/?$/, rows: fixed('stages', 'LifecycleStage', 'agreement-lifecycle') },
  { path: /^\/posts\/?$/, rows: fixed('posts', 'Post') },
  { path: /^\/entities\/?$/, rows: fixed('entities', 'EntityListItem') },
  { path: /^\/persons\/[^/]+\/meetings\/?$/, rows: fixed('meetings', 'Meeting') },
  { path: /^\/meetings\/?$/, rows: fixed('meetings', 'Meeting') },
  { path: /^\/occasions\/?$/, rows: fixed('occasions', 'Occasion') },
  { path: /^\/countries\/[^/]+\/?$/, rows: countryRows },
];

/** The zod shape of a row, by its API name. */
export const rowShape = (item: ApiShapeName) => API_SHAPES[item];
