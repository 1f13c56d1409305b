import { CypherRejectedError, InvalidRequestError, type GraphStore } from '../domain/index.js';
import { checkCypherShape } from './cypher-shape.js';
import { toElements } from './presenters.js';
import type { CypherResponse } from './types.js';

export interface CypherLimits {
  readonly maxQueryLength: number;
  readonly timeoutMs: number;
  readonly rowLimit: number;
}

export const DEFAULT_CYPHER_LIMITS: CypherLimits = Object.freeze({ maxQueryLength: 4000, timeoutMs: 5000, rowLimit: 1000 });

const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_PARAM_DEPTH = 4;
const MAX_PARAMS = 50;

/**
 * Runs user-written Cypher after the checks that need no database: a length cap, parameters that
 * are plain JSON under valid names, and a shape Neo4j can parse and interrupt (checkCypherShape:
 * nesting, unary chains, range() lengths, reduce(), nested comprehensions). Read-only enforcement is the store's (Neo4j runs EXPLAIN
 * and READ mode); the embedded store refuses with NotSupportedError.
 */
export async function runCypher(
  store: GraphStore,
  query: string,
  params: Readonly<Record<string, unknown>> = {},
  limits: CypherLimits = DEFAULT_CYPHER_LIMITS,
): Promise<CypherResponse> {
  if (query.trim() === '') throw new CypherRejectedError('CYPHER_EMPTY', 'query is empty; send {"query": "MATCH (n:Person) RETURN n LIMIT 10"}.');
  if (query.length > limits.maxQueryLength) {
    throw new CypherRejectedError('CYPHER_TOO_LONG', `query is ${query.length} characters; at most ${limits.maxQueryLength} are accepted. Use $parameters for long values.`);
  }
  checkParams(params);
  checkCypherShape(query, params);
  const result = await store.cypher(query, params, { timeoutMs: limits.timeoutMs, rowLimit: limits.rowLimit });
  return { columns: result.columns, rows: result.rows, elements: toElements(result.nodes, result.edges), truncated: result.truncated };
}

function checkParams(params: Readonly<Record<string, unknown>>): void {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new InvalidRequestError('CYPHER_PARAMS_INVALID', 'params must be a JSON object of name → value.');
  }
  const names = Object.keys(params);
  if (names.length > MAX_PARAMS) throw new InvalidRequestError('CYPHER_PARAMS_INVALID', `params has ${names.length} entries; at most ${MAX_PARAMS}.`);
  for (const name of names) {
    if (!PARAM_NAME.test(name)) {
      throw new InvalidRequestError('CYPHER_PARAMS_INVALID', `params.${name}: a parameter name is a letter or _ then letters, digits or _ (at most 64).`);
    }
    checkValue(params[name], `params.${name}`, 0);
  }
}

function checkValue(value: unknown, where: string, depth: number): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return;
    throw new InvalidRequestError('CYPHER_PARAMS_INVALID', `${where} is not a finite number.`);
  }
  if (depth >= MAX_PARAM_DEPTH) throw new InvalidRequestError('CYPHER_PARAMS_INVALID', `${where} nests deeper than ${MAX_PARAM_DEPTH} levels.`);
  if (Array.isArray(value)) return value.forEach((item, i) => checkValue(item, `${where}[${i}]`, depth + 1));
  if (typeof value === 'object') return Object.entries(value).forEach(([key, item]) => checkValue(item, `${where}.${key}`, depth + 1));
  throw new InvalidRequestError('CYPHER_PARAMS_INVALID', `${where} is a ${typeof value}; only JSON values are accepted.`);
}
