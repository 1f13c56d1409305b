import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import {
  CypherRejectedError,
  InvalidRequestError,
  NotFoundError,
  NotSupportedError,
  StoreError,
  TradegraphError,
} from '../domain/errors.js';

const STATUS_BY_CLASS: readonly [new (...args: never[]) => TradegraphError, number][] = [
  [InvalidRequestError, 400],
  [CypherRejectedError, 400],
  [NotFoundError, 404],
  [NotSupportedError, 501],
  [StoreError, 503],
];

/**
 * What a 503 tells clients: the store's own messages name its address and quote the driver, which
 * help an operator (they are logged) but not a client. Codes listed here keep their message.
 */
const PUBLIC_STORE_CODES = new Set(['CYPHER_BUSY']);
const STORE_MESSAGES: Readonly<Record<string, string>> = {
  NEO4J_UNREACHABLE: 'The graph database is not reachable right now; try again in a moment.',
  NEO4J_AUTH: 'The server could not sign in to its graph database; the operator has to fix its credentials.',
  NEO4J_DATABASE: 'The server is configured for a graph database that does not exist; the operator has to fix it.',
};
const STORE_FAILED = 'The graph database failed to answer; try again in a moment.';

/** body-parser's own errors carry `type` and `status`; they are the client's fault. */
const BODY_ERRORS: Readonly<Record<string, { status: number; code: string; message: string }>> = {
  'entity.too.large': { status: 413, code: 'BODY_TOO_LARGE', message: 'The request body is larger than the server accepts; send a shorter query.' },
  'entity.parse.failed': { status: 400, code: 'BAD_JSON', message: 'The request body is not valid JSON; send {"query": "...", "params": {...}}.' },
  'encoding.unsupported': { status: 415, code: 'BAD_ENCODING', message: 'The request body encoding is not supported; send UTF-8 JSON.' },
  'charset.unsupported': { status: 415, code: 'BAD_ENCODING', message: 'The request body charset is not supported; send UTF-8 JSON.' },
};

/**
 * The one place errors become HTTP: typed errors keep their code and message, body-parser errors
 * get theirs, anything else is a 500 with a generic message (logged, never sent).
 */
export function errorsToHttp(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, code, message } = describe(error);
    if (status >= 500 && status !== 501) logger.error({ err: error }, 'request failed');
    if (status === 503) res.set('Retry-After', '2');
    res.status(status).json({ error: { code, message } });
  };
}

function describe(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof TradegraphError) {
    const status = STATUS_BY_CLASS.find(([type]) => error instanceof type)?.[1] ?? 500;
    if (status === 500) return internal();
    if (error instanceof StoreError && !PUBLIC_STORE_CODES.has(error.code)) {
      return { status, code: error.code, message: STORE_MESSAGES[error.code] ?? STORE_FAILED };
    }
    return { status, code: error.code, message: error.message };
  }
  const type = (error as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && BODY_ERRORS[type]) return BODY_ERRORS[type];
  // Express's router fails to decode a malformed %-escape in a path (`/api/entities/%E0%A4%A`) with
  // a URIError marked 400: the client's fault, so it must not read as a server failure.
  if (error instanceof URIError && (error as { status?: unknown }).status === 400) {
    return { status: 400, code: 'BAD_URL', message: `The request path holds a malformed %-escape (${error.message}); encode ids with encodeURIComponent.` };
  }
  return internal();
}

function internal() {
  return { status: 500, code: 'INTERNAL', message: 'Something went wrong on the server; it has been logged. Try again, or report it with the time of the request.' };
}

/** Any path nothing answered. */
export const routeNotFound: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'ROUTE_NOT_FOUND', message: `Nothing answers ${req.method} ${req.path}; see GET /api/openapi.json for the endpoints.` } });
};
