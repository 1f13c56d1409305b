import neo4j, { type AuthToken, type Driver, Neo4jError } from 'neo4j-driver';
import { CypherRejectedError, StoreError, TradegraphError, type CypherResult } from '../../domain/index.js';
import { BoltMeter, TAG_METADATA_KEY } from './bolt-meter.js';
import { runUserCypher, type CypherOptions } from './user-cypher.js';

export interface UserQueryPoolOptions {
  /** User queries running at once; one more is refused with CYPHER_BUSY (503) at once. */
  readonly maxConcurrent?: number;
  /** Bytes Neo4j may send for one query's answer; past it the query fails CYPHER_RESULT_TOO_LARGE. */
  readonly maxResultBytes?: number;
  /** Connecting and waiting for a pooled connection each give up after this. */
  readonly connectionTimeoutMs?: number;
  /** The client-side deadline is the query's timeout plus this. */
  readonly deadlineGraceMs?: number;
  /** How often a failed query's slot asks whether Neo4j still runs it. */
  readonly watchIntervalMs?: number;
}

export const USER_QUERY_POOL_DEFAULTS = Object.freeze({
  maxConcurrent: 4,
  maxResultBytes: 4 * 1024 * 1024,
  connectionTimeoutMs: 2_000,
  deadlineGraceMs: 1_000,
  watchIntervalMs: 1_000,
});

/** Neo4j's transactions of one tag (SHOW TRANSACTIONS lists the caller's own without admin rights). */
const TRANSACTIONS_OF_TAG = `SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.${TAG_METADATA_KEY} = $tag RETURN transactionId`;
const TERMINATE = 'TERMINATE TRANSACTIONS $ids';

export interface UserQueryPool {
  run(query: string, params: Readonly<Record<string, unknown>>, options: { timeoutMs: number; rowLimit: number }): Promise<CypherResult>;
  close(): Promise<void>;
}

/**
 * Users' Cypher on a driver and connection pool of its own, so that however many users' queries
 * hang, the API's own reads keep their connections. At most `maxConcurrent` run at once; each has a
 * client-side deadline; the bytes of each answer are counted as they arrive (through a BoltMeter
 * where the connection is plain Bolt, which it cannot be under TLS: there the count happens per
 * decoded record). Failures that are not the query's fault say so without the server's address.
 */
export async function openUserQueryPool(
  uri: string,
  auth: AuthToken | undefined,
  database: string,
  options: UserQueryPoolOptions = {},
): Promise<UserQueryPool> {
  const settings = { ...USER_QUERY_POOL_DEFAULTS, ...options };
  const target = plainBoltTarget(uri);
  const meter = target ? await BoltMeter.start(target, { maxBytesPerTag: settings.maxResultBytes }) : null;
  const driver: Driver = neo4j.driver(meter ? meter.uri : uri, auth, {
    // One connection beyond the queries' own, for the watch that frees their slots.
    maxConnectionPoolSize: settings.maxConcurrent + 1,
    connectionAcquisitionTimeout: settings.connectionTimeoutMs,
    connectionTimeout: settings.connectionTimeoutMs,
    maxTransactionRetryTime: 0,
    userAgent: 'tradegraph-user-cypher',
  });
  let running = 0;

  const run: UserQueryPool['run'] = async (query, params, limits) => {
    if (running >= settings.maxConcurrent) {
      throw new StoreError('CYPHER_BUSY', `${settings.maxConcurrent} Cypher queries are already running; try again in a moment.`);
    }
    running += 1;
    const tag = BoltMeter.newTag();
    const cypherOptions: CypherOptions = { ...limits, tag, maxResultBytes: settings.maxResultBytes };
    // The slot is freed when Neo4j has let go of the query, not at the deadline: Neo4j checks a
    // transaction's termination between rows, so one long expression runs on after its timeout,
    // and a query it still runs must keep its slot or repeated attacks would pile up on its cores.
    const work = runUserCypher(driver, database, query, params, cypherOptions);
    // A refusal Neo4j itself sent means it has ended the transaction; a lost connection does not.
    const release = () => (running -= 1);
    work.then(release, (error: unknown) =>
      error instanceof CypherRejectedError ? release() : void untilNeo4jLetsGo(driver, database, tag, settings.watchIntervalMs).finally(release),
    );
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        meter?.cut(tag, 'deadline');
        reject(timedOut(limits.timeoutMs));
      }, limits.timeoutMs + settings.deadlineGraceMs);
    });
    try {
      return await Promise.race([work, deadline]);
    } catch (error) {
      throw explain(error, meter?.reasonFor(tag), limits.timeoutMs, settings.maxResultBytes);
    } finally {
      clearTimeout(timer);
      work.catch(() => undefined);
      meter?.release(tag);
    }
  };

  return {
    run,
    close: async () => {
      await driver.close();
      await meter?.close();
    },
  };
}

/**
 * Terminates the tag's transactions and waits, polling, until Neo4j lists none. A Neo4j that does
 * not answer runs nothing of ours, so a failed poll ends the wait.
 */
async function untilNeo4jLetsGo(driver: Driver, database: string, tag: string, intervalMs: number): Promise<void> {
  let terminated = false;
  for (;;) {
    try {
      const { records } = await driver.executeQuery(TRANSACTIONS_OF_TAG, { tag }, { database });
      const ids = records.map((record) => record.get('transactionId') as string);
      if (ids.length === 0) return;
      if (!terminated) await driver.executeQuery(TERMINATE, { ids }, { database });
      terminated = true;
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** host and port of a bolt:// or neo4j:// URI; null for the TLS schemes, which cannot be metered. */
export function plainBoltTarget(uri: string): { host: string; port: number } | null {
  const match = /^(bolt|neo4j):\/\/(\[[^\]]+\]|[^/:?#]+)(?::(\d+))?/.exec(uri);
  if (!match) return null;
  return { host: match[2]!.replace(/^\[|\]$/g, ''), port: match[3] ? Number(match[3]) : 7687 };
}

function timedOut(timeoutMs: number): CypherRejectedError {
  return new CypherRejectedError('CYPHER_TIMEOUT', `The Cypher query ran past its time limit (${timeoutMs} ms) and was stopped; narrow the MATCH or add LIMIT.`);
}

function explain(error: unknown, cut: 'bytes' | 'deadline' | undefined, timeoutMs: number, maxBytes: number): unknown {
  if (cut === 'bytes') {
    return new CypherRejectedError(
      'CYPHER_RESULT_TOO_LARGE',
      `The answer grew past ${maxBytes} bytes and was stopped; return fewer or smaller values (LIMIT, size(), left()).`,
      { cause: error },
    );
  }
  if (cut === 'deadline') return timedOut(timeoutMs);
  if (error instanceof TradegraphError) return error;
  const code = error instanceof Neo4jError ? error.code : '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /acquisition|timed out|ECONN|socket/i.test(String((error as Error)?.message))) {
    return new StoreError('NEO4J_UNREACHABLE', 'The graph database is not reachable right now; try again later.', { cause: error });
  }
  return new StoreError('NEO4J_FAILED', 'The graph database failed to run the query; try again later.', { cause: error });
}
