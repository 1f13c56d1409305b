import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import {
  CypherRejectedError,
  InvalidRequestError,
  NotFoundError,
  NotSupportedError,
  StoreError,
  TradegraphError,
  type ErrorCode,
} from '../domain/index.js';
import { UnsupportedMediaError } from './client-errors.js';
import { errorBody } from './error-body.js';

const STATUS_BY_CLASS: readonly [new (...args: never[]) => TradegraphError, number][] = [
  [InvalidRequestError, 400],
  [CypherRejectedError, 400],
  [NotFoundError, 404],
  [UnsupportedMediaError, 415],
  [NotSupportedError, 501],
  [StoreError, 503],
];

/**
 * What a 503 tells clients: the store's own messages name its address and quote the driver, which
 * help an operator (they are logged) but not a client. Codes listed here keep their message.
 */
const PUBLIC_STORE_CODES: ReadonlySet<ErrorCode> = new Set(['CYPHER_BUSY']);
const STORE_MESSAGES: Readonly<Partial<Record<ErrorCode, string>>> = {
  NEO4J_UNREACHABLE: 'The graph database is not reachable right now; try again in a moment.',
  NEO4J_AUTH: 'The server could not sign in to its graph database; the operator has to fix its credentials.',
  NEO4J_DATABASE: 'The server is configured for a graph database that does not exist; the operator has to fix it.',
};
const STORE_FAILED = 'The graph database failed to answer; try again in a moment.';

/** What the client is sent: the status and the body's `{ error: { code, message } }`. */
interface HttpError {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
}

/** body-parser's own errors carry `type` and `status`; they are the client's fault. */
const BODY_ERRORS: Readonly<Record<string, HttpError>> = {
  'entity.too.large': { status: 413, code: 'BODY_TOO_LARGE', message: 'The request body is larger than the server accepts; send a shorter query.' },
  'entity.parse.failed': { status: 400, code: 'BAD_JSON', message: 'The request body is not valid JSON; send {"query": "...", "params": {...}}.' },
  'encoding.unsupported': { status: 415, code: 'BAD_ENCODING', message: 'The request body encoding is not supported; send UTF-8 JSON, uncompressed or with gzip, deflate or br.' },
  'charset.unsupported': { status: 415, code: 'BAD_ENCODING', message: 'The request body charset is not supported; send UTF-8 JSON.' },
};

/** Other client errors body-parser raises (a corrupt gzip or br stream, a body cut short), by status. */
const CLIENT_STATUS: Readonly<Record<number, Omit<HttpError, 'status'>>> = {
  400: { code: 'BAD_BODY', message: 'The request body could not be read (a corrupt compressed stream, or a body shorter than its Content-Length); send UTF-8 JSON.' },
  413: BODY_ERRORS['entity.too.large']!,
  415: BODY_ERRORS['encoding.unsupported']!,
};

/**
 * The one place errors become HTTP: typed errors keep their code and message, body-parser errors
 * get theirs, anything else is a 500 with a generic message (logged, never sent). A 503 keeps its
 * code but not its message, which may name the database's address or quote the driver: that goes
 * to the server log. Client errors (4xx) and 501 are answers, not failures, and are not logged.
 */
export function errorsToHttp(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, code, message } = describe(error);
    if (status === 503) logger.warn({ code, detail: (error as Error).message, method: req.method, url: req.originalUrl }, 'graph store unavailable');
    else if (status >= 500 && status !== 501) logger.error({ err: error, method: req.method, url: req.originalUrl }, 'request failed');
    if (status === 503) res.set('Retry-After', '2');
    res.status(status).json(errorBody(code, message));
  };
}

function describe(error: unknown): HttpError {
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
  // http-errors marks what the client caused as `expose`; zlib's failures arrive that way.
  const { status, expose } = (error ?? {}) as { status?: unknown; expose?: unknown };
  if (expose === true && typeof status === 'number' && status >= 400 && status < 500) {
    const known = CLIENT_STATUS[status] ?? { code: 'BAD_REQUEST', message: 'The request could not be read; see GET /api/openapi.json for what each endpoint takes.' };
    return { status, ...known };
  }
  return internal();
}

function internal(): HttpError {
  return { status: 500, code: 'INTERNAL', message: 'Something went wrong on the server; it has been logged. Try again, or report it with the time of the request.' };
}

/** Any path nothing answered. */
export const routeNotFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody('ROUTE_NOT_FOUND', `Nothing answers ${req.method} ${req.path}; see GET /api/openapi.json for the endpoints.`));
};
