import type { Driver, ResultSummary, Transaction } from 'neo4j-driver';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { CypherRejectedError, type CypherResult } from '../../domain/index.js';
import { TAG_METADATA_KEY } from './bolt-meter.js';
import { EXPLAIN_PREFIX, withoutExplainPrefix } from './explain-message.js';
import { GraphCollector } from './graph-values.js';
import { toNeo4jParams, toPlain } from './plain-values.js';

export interface CypherOptions {
  readonly timeoutMs: number;
  readonly rowLimit: number;
  /** Names the query's transactions (metadata, SHOW TRANSACTIONS) and its bytes in a BoltMeter. */
  readonly tag?: string;
  /** JSON bytes of the decoded rows past which the query fails CYPHER_RESULT_TOO_LARGE. */
  readonly maxResultBytes?: number;
}

/** Records pulled per round trip: small, so a row cap stops the stream early. */
const FETCH_SIZE = 100;

/** Procedures a read-only query may call: full-text search and schema introspection. */
const ALLOWED_PROCEDURES = new Set([
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
]);

/** Plan operators refused even in a read query: file and network access, and admin commands. */
const FORBIDDEN_OPERATOR = /^(LoadCSV|Show|Terminate|Create|Drop|Alter|Grant|Deny|Revoke|Enable|Start|Stop)/;

/**
 * Runs user-written Cypher only when Neo4j's own planner says it is read-only: EXPLAIN first
 * (nothing executes), refuse unless the query type is 'r' and no plan step loads files, calls a
 * procedure outside ALLOWED_PROCEDURES or runs an admin command; then run it in a READ session and
 * a transaction with a timeout, keeping at most `rowLimit` rows and `maxResultBytes` of JSON.
 */
export async function runUserCypher(
  driver: Driver,
  database: string,
  query: string,
  params: Readonly<Record<string, unknown>>,
  options: CypherOptions,
): Promise<CypherResult> {
  const parameters = toNeo4jParams(params) as Record<string, unknown>;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE });
  const config = { timeout: options.timeoutMs, metadata: { [TAG_METADATA_KEY]: options.tag ?? 'untagged' } };
  try {
    const plan = await explain(session.beginTransaction(config), query, parameters);
    refuseUnlessReadOnly(plan);
    const tx = session.beginTransaction(config);
    try {
      return await collect(tx, query, parameters, options);
    } catch (error) {
      throw rejected(error);
    } finally {
      if (tx.isOpen()) await tx.rollback();
    }
  } finally {
    await session.close();
  }
}

async function explain(tx: Transaction, query: string, parameters: Record<string, unknown>): Promise<ResultSummary> {
  try {
    return (await tx.run(`${EXPLAIN_PREFIX}${query}`, parameters).summary());
  } catch (error) {
    throw rejected(error, withoutExplainPrefix);
  } finally {
    if (tx.isOpen()) await tx.rollback();
  }
}

function refuseUnlessReadOnly(summary: ResultSummary): void {
  if (summary.queryType !== 'r') {
    throw new CypherRejectedError(
      'CYPHER_NOT_READ_ONLY',
      `Only read-only Cypher is accepted; Neo4j plans this query as "${summary.queryType}" (w: writes, rw: reads and writes, s: schema). Remove CREATE, MERGE, SET, DELETE, REMOVE and schema commands.`,
    );
  }
  const stack = summary.plan ? [summary.plan] : [];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const operator = step.operatorType.split('@')[0]!;
    if (FORBIDDEN_OPERATOR.test(operator)) {
      throw new CypherRejectedError('CYPHER_NOT_ALLOWED', `Cypher step ${operator} is not allowed here (file loading and admin commands are refused); query the graph with MATCH … RETURN.`);
    }
    if (operator === 'ProcedureCall') {
      const procedure = String(step.arguments.Details ?? '').split('(')[0]!.trim();
      if (!ALLOWED_PROCEDURES.has(procedure)) {
        throw new CypherRejectedError(
          'CYPHER_NOT_ALLOWED',
          `Procedure ${procedure || '(unknown)'} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`,
        );
      }
    }
    stack.push(...step.children);
  }
}

async function collect(tx: Transaction, query: string, parameters: Record<string, unknown>, options: CypherOptions): Promise<CypherResult> {
  const graph = new GraphCollector();
  const rows: unknown[][] = [];
  let columns: string[] = [];
  let truncated = false;
  let bytes = 0;
  const maxBytes = options.maxResultBytes ?? Number.POSITIVE_INFINITY;
  const result = tx.run(query, parameters);
  columns = [...(await result.keys())];
  for await (const record of result) {
    if (rows.length >= options.rowLimit) {
      truncated = true;
      break;
    }
    const row = columns.map((column) => toPlain(record.get(column), (value) => graph.add(value)));
    bytes += JSON.stringify(row).length;
    if (bytes > maxBytes) {
      throw new CypherRejectedError('CYPHER_RESULT_TOO_LARGE', `The answer grew past ${maxBytes} bytes and was stopped; return fewer or smaller values (LIMIT, size(), left()).`);
    }
    rows.push(row);
  }
  await graph.resolveEndpoints(tx);
  return { columns, rows: graph.finishRows(rows), nodes: graph.nodes(), edges: graph.edges(), truncated };
}

/** Neo4j's refusals become CypherRejectedError; everything else is left to the store's mapping. */
function rejected(error: unknown, describe: (message: string) => string = (message) => message): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const { code } = error;
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    return new CypherRejectedError('CYPHER_SYNTAX', `The Cypher query is not valid: ${describe(error.message)}`, { cause: error });
  }
  if (code.includes('TransactionTimedOut') || code.endsWith('Transaction.Terminated')) {
    return new CypherRejectedError('CYPHER_TIMEOUT', `The Cypher query ran past its time limit and was stopped; narrow the MATCH or add LIMIT.`, { cause: error });
  }
  if (/MemoryPoolOutOfMemoryError|OutOfMemoryError|MemoryLimit/.test(code)) {
    return new CypherRejectedError('CYPHER_MEMORY_LIMIT', 'The Cypher query needed more memory than one query may use and was stopped; collect fewer values or add LIMIT.', { cause: error });
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden') {
    return new CypherRejectedError('CYPHER_NOT_READ_ONLY', `Neo4j refused the query in a read-only transaction (${code}).`, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.') || code === 'Neo.ClientError.Request.Invalid') {
    return new CypherRejectedError('CYPHER_INVALID', `Neo4j refused the Cypher query (${code}): ${describe(error.message)}`, { cause: error });
  }
  return error;
}
