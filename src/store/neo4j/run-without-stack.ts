import type { Result, Session } from 'neo4j-driver';

/**
 * `session.run` without the caller's stack trace the driver captures for every query. Its Result
 * builds `new Error().stack` up front, only to graft it onto an error should the query fail; with
 * source maps on (tsx, --enable-source-maps) formatting that stack was 7% of the API process's CPU
 * on neighbourhood requests (--cpu-prof, 100× graph). The API's reads lose nothing they use: a
 * failure still arrives with the driver's message and code and becomes a StoreError naming the
 * URI and what was being done (store-errors.ts). The limit is restored before anything else runs,
 * since the Result is made synchronously inside run().
 */
export function runWithoutStack(session: Session, statement: string, params: Record<string, unknown> = {}): Result {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(statement, params);
  } finally {
    Error.stackTraceLimit = limit;
  }
}
