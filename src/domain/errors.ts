import type { ErrorCode } from './error-codes.js';

/**
 * Base of every error the project throws on purpose. `code` is the stable contract (tests assert on
 * it), one of ERROR_CODE_MEANINGS; `message` tells a user what went wrong, where, and what to do.
 */
export class TradegraphError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** The user asked for something malformed (a bad flag, a bad parameter). Maps to HTTP 400. */
export class InvalidRequestError extends TradegraphError {}

/** The thing asked for does not exist. Maps to HTTP 404. */
export class NotFoundError extends TradegraphError {}

/** The backend cannot do this (e.g. Cypher on the embedded store). Maps to HTTP 501. */
export class NotSupportedError extends TradegraphError {}

/** Input files could not be read at all (missing path, nothing readable). */
export class InputError extends TradegraphError {}

/** A snapshot file is corrupt or from an incompatible schema version. */
export class SnapshotError extends TradegraphError {}

/** The storage backend failed or is unreachable. Maps to HTTP 503. */
export class StoreError extends TradegraphError {}

/** A user-written Cypher query was refused (writes, admin procedures, syntax). Maps to HTTP 400. */
export class CypherRejectedError extends TradegraphError {}

/** Configuration (environment, flags) is invalid. */
export class ConfigError extends TradegraphError {}
