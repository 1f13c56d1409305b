import { Neo4jError } from 'neo4j-driver';
import { StoreError, TradegraphError } from '../../domain/index.js';

/**
 * Turns a driver failure into a StoreError a user can act on: the server is not there
 * (NEO4J_UNREACHABLE), refuses the credentials (NEO4J_AUTH), has no such database
 * (NEO4J_DATABASE), or failed otherwise (NEO4J_FAILED). Our own errors pass through.
 */
export function toStoreError(error: unknown, uri: string, doing: string): Error {
  if (error instanceof TradegraphError) return error;
  const code = error instanceof Neo4jError ? error.code : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || isSocketError(detail)) {
    return new StoreError(
      'NEO4J_UNREACHABLE',
      `Neo4j at ${uri} could not be reached while ${doing} (${detail}). Start a local server with \`npm run neo4j:start\` (or \`docker compose up neo4j\`) and set NEO4J_URI to the address it prints.`,
      { cause: error },
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new StoreError(
      'NEO4J_AUTH',
      `Neo4j at ${uri} refused the credentials while ${doing} (${code}). Check NEO4J_USER and NEO4J_PASSWORD (the password set for the server, 8+ characters).`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreError(
      'NEO4J_DATABASE',
      `Neo4j at ${uri} has no such database while ${doing} (${detail}). Community edition has one user database, "neo4j": unset NEO4J_DATABASE or set it to neo4j.`,
      { cause: error },
    );
  }
  return new StoreError('NEO4J_FAILED', `Neo4j at ${uri} failed while ${doing}: ${code ? `${code}: ` : ''}${detail}`, { cause: error });
}

function isSocketError(message: string): boolean {
  return /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|ETIMEDOUT|Connection was closed|socket hang up/i.test(message);
}
