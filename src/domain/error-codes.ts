/**
 * Every `code` a TradegraphError or an HTTP error body may carry, each with what it means. The
 * codes are the stable contract (tests and API clients branch on them); the descriptions document
 * them in the OpenAPI document's `Error` schema. A code missing here fails the typecheck where it
 * is thrown.
 */
export const ERROR_CODE_MEANINGS = {
  // The HTTP request itself.
  BAD_PARAMETER: 'A query, path or body parameter is malformed; the message names it, what it must be and what was sent.',
  BAD_JSON: 'The request body is not valid JSON.',
  BAD_BODY: 'The request body could not be read (a corrupt compressed stream, or shorter than its Content-Length).',
  BAD_ENCODING: 'The request body encoding or charset is not supported.',
  BAD_REQUEST: 'The request could not be read.',
  BAD_URL: 'The request path holds a malformed %-escape.',
  BODY_TOO_LARGE: 'The request body is larger than the server accepts.',
  UNSUPPORTED_MEDIA_TYPE: 'The request body is not JSON.',
  ROUTE_NOT_FOUND: 'Nothing answers this method and path.',
  METHOD_NOT_ALLOWED: 'The path exists but does not answer this method.',
  INTERNAL: 'The server failed; the failure is logged, never sent.',
  // Lookups.
  ENTITY_NOT_FOUND: 'No node has this id.',
  PERSON_NOT_FOUND: 'No person has this id.',
  ORGANIZATION_NOT_FOUND: 'No organisation has this id.',
  AGREEMENT_NOT_FOUND: 'No agreement has this id.',
  EVENT_NOT_FOUND: 'No event has this id.',
  DOCUMENT_NOT_FOUND: 'No document has this id.',
  EDGE_NOT_FOUND: 'No relation has this id.',
  COUNTRY_NOT_FOUND: 'No country has this id, code, name or alias.',
  // User-written Cypher.
  CYPHER_EMPTY: 'The Cypher query is empty.',
  CYPHER_TOO_LONG: 'The Cypher query is longer than accepted.',
  CYPHER_TOO_COSTLY: 'The Cypher query has more tokens than accepted.',
  CYPHER_TOO_DEEP: 'The Cypher query nests deeper than accepted.',
  CYPHER_BAD_CHARACTER: 'The Cypher query holds a character that is not accepted.',
  CYPHER_SYNTAX: 'The Cypher query is not well formed.',
  CYPHER_NOT_READ_ONLY: 'The Cypher query would write; only reads are run.',
  CYPHER_NOT_ALLOWED: 'The Cypher query uses a step or procedure that is refused (file loading, admin commands).',
  CYPHER_NOT_SUPPORTED: 'The embedded store runs no Cypher; start Neo4j to use it.',
  CYPHER_INVALID: 'Neo4j refused the Cypher query.',
  CYPHER_PARAMS_INVALID: 'The Cypher parameters are not a JSON object of accepted names and values.',
  CYPHER_TIMEOUT: 'The Cypher query ran longer than one query may.',
  CYPHER_MEMORY_LIMIT: 'The Cypher query needed more memory than one query may use.',
  CYPHER_RESULT_TOO_LARGE: 'The Cypher result is larger than one answer may be.',
  CYPHER_BUSY: 'Every slot for user-written Cypher is taken; try again shortly.',
  // The graph store.
  NEO4J_UNREACHABLE: 'The graph database is not reachable.',
  NEO4J_AUTH: 'The server could not sign in to its graph database.',
  NEO4J_DATABASE: 'The configured graph database does not exist.',
  NEO4J_FAILED: 'The graph database failed to answer.',
  NEO4J_URI_MISSING: 'No Neo4j address is configured.',
  NEO4J_SCHEMA_MISSING: 'The constraints file (graph-schema/constraints.cypher) the Neo4j store applies was not found.',
  NEO4J_CORRUPT_EDGE: 'An edge stored in Neo4j cannot be read back; reload the graph.',
  EDGE_ENDPOINT_MISSING: 'An edge names a node the graph does not hold.',
  EDGE_ENDPOINTS_CHANGED: 'An edge key was reused for other endpoints.',
  // Snapshots.
  SNAPSHOT_MISSING: 'No snapshot file at the path.',
  SNAPSHOT_UNREADABLE: 'The snapshot file cannot be read.',
  SNAPSHOT_CORRUPT: 'The snapshot file is corrupt.',
  SNAPSHOT_VERSION: 'The snapshot was written by an incompatible schema version.',
  SNAPSHOT_WRITE: 'The snapshot could not be written.',
  SNAPSHOT_OTHER_INPUTS: 'The snapshot was built from other inputs than the ones given.',
  SNAPSHOT_OTHER_OPTIONS: 'The snapshot was built with other options than the ones given.',
  // Input and commands.
  NO_DOCUMENTS: 'No press release could be read from the inputs.',
  NOT_PRESS_RELEASES: 'Records do not look like press releases (under --strict).',
  EXTRACT_WORKER_FAILED: 'An extraction thread failed.',
  EVAL_SET_UNKNOWN: 'No evaluation set has this name.',
  EVAL_FILE_MISSING: 'An evaluation file is missing.',
  EVAL_GOLD_MISSING: 'An evaluation set has no gold annotations.',
  BAD_FORMAT: 'An output format flag names no known format.',
  BAD_STORE: 'A store flag names no known backend.',
  // Configuration.
  CONFIG_PORT: 'The port setting is not a port number.',
  CONFIG_LOG_LEVEL: 'The log level setting is not a known level.',
  CONFIG_WORKERS: 'The workers setting is not a usable thread count.',
  COMPANY_DICTIONARY_UNREADABLE: 'The company-name dictionary (@cspell/dict-companies) the organisation extractor reads cannot be found or read.',
  CONFIG_FILE_UNREADABLE: 'The configuration file named by --config or TRADEGRAPH_CONFIG cannot be read.',
  CONFIG_FILE_JSON: 'The configuration file is not valid JSON.',
  CONFIG_FILE_INVALID: 'A field of the configuration file is unknown, of the wrong type or out of range; the message names the file and the field.',
  WEB_DIR_NOT_FOUND: 'No viewer folder was found next to the code.',
  WEB_DIR_INVALID: 'The viewer folder given holds no index.html.',
} as const satisfies Readonly<Record<string, string>>;

export type ErrorCode = keyof typeof ERROR_CODE_MEANINGS;

/** The codes as a non-empty tuple, for `z.enum` and JSON Schema `enum`. */
export const ERROR_CODES = Object.keys(ERROR_CODE_MEANINGS) as [ErrorCode, ...ErrorCode[]];
