import { CypherRejectedError } from '../domain/index.js';
import { scanCypher, type CypherToken } from './cypher-scan.js';

export interface CypherShapeLimits {
  /** Brackets, parentheses and braces open at once. Neo4j's parser overflows its stack near 400. */
  readonly maxDepth: number;
  /** Unary operators in a row (NOT NOT NOT …, - - - …). */
  readonly maxUnaryRun: number;
  /**
   * Operators and property dots in one expression, counting the enclosing brackets' too. Neo4j
   * type-checks `'a' + 'a' + …` or `n.a.a.a…` as a tree as deep as the chain is long: 100 links
   * plan in half a second, 250 never finish.
   */
  readonly maxChain: number;
  readonly maxTokens: number;
  /** Values all range() calls outside UNWIND may produce together (the product of their lengths). */
  readonly maxRangeValues: number;
  /** Comprehensions and quantifiers (any/all/none/single) open inside one another. */
  readonly maxIterationNesting: number;
}

export const DEFAULT_SHAPE_LIMITS: CypherShapeLimits = Object.freeze({
  maxDepth: 32,
  maxUnaryRun: 8,
  maxChain: 80,
  maxTokens: 1500,
  maxRangeValues: 1_000_000,
  maxIterationNesting: 2,
});

const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const QUANTIFIERS = new Set(['any', 'all', 'none', 'single']);

/**
 * Refuses, before Neo4j sees it, Cypher whose cost Neo4j cannot bound once it starts. Neo4j checks
 * a transaction's timeout between rows, not inside one expression, and tracks the memory of
 * operators (collect, ORDER BY), not of one expression's values; so a single expression such as
 * `size([x IN range(1, 300000000) WHERE x % 2 = 0])` runs past every timeout into the heap. Hence:
 * nesting deeper than its parser survives (CYPHER_TOO_DEEP), range() whose length is not written
 * down or too long (CYPHER_TOO_COSTLY; `UNWIND range(…)` is row by row and stays allowed),
 * reduce(), whose accumulator can double a string each step, and comprehensions nested three deep.
 */
export function checkCypherShape(
  query: string,
  params: Readonly<Record<string, unknown>>,
  limits: CypherShapeLimits = DEFAULT_SHAPE_LIMITS,
): void {
  const tokens = scanCypher(query);
  if (tokens.length > limits.maxTokens) {
    throw new CypherRejectedError('CYPHER_TOO_COSTLY', `The query has ${tokens.length} tokens; at most ${limits.maxTokens} are accepted.`);
  }
  checkNesting(tokens, limits);
  checkUnaryRuns(tokens, limits.maxUnaryRun);
  checkChains(tokens, limits.maxChain);
  checkRanges(tokens, params, limits.maxRangeValues);
  const reduce = tokens.findIndex((t, i) => isFunctionName(tokens, i, 'reduce'));
  if (reduce >= 0) {
    throw new CypherRejectedError(
      'CYPHER_TOO_COSTLY',
      `reduce() at offset ${tokens[reduce]!.at} is not accepted: its accumulator can grow without bound inside one step Neo4j cannot interrupt. Use UNWIND and an aggregation (sum, collect) instead.`,
    );
  }
}

function checkNesting(tokens: readonly CypherToken[], limits: CypherShapeLimits): void {
  const open: { closer: string; iterates: boolean }[] = [];
  let iterations = 0;
  tokens.forEach((token, i) => {
    if (token.kind !== 'symbol') return;
    const closer = OPENERS[token.text];
    if (closer) {
      if (open.length >= limits.maxDepth) {
        throw new CypherRejectedError('CYPHER_TOO_DEEP', `The query nests brackets more than ${limits.maxDepth} deep (offset ${token.at}); flatten it with WITH.`);
      }
      const iterates = opensIteration(tokens, i);
      if (iterates && iterations >= limits.maxIterationNesting) {
        throw new CypherRejectedError(
          'CYPHER_TOO_COSTLY',
          `The list comprehension or quantifier at offset ${token.at} is nested ${iterations + 1} deep; at most ${limits.maxIterationNesting} are accepted, as each multiplies the work of one uninterruptible expression. Use UNWIND.`,
        );
      }
      open.push({ closer, iterates });
      if (iterates) iterations += 1;
    } else if (open.length > 0 && open[open.length - 1]!.closer === token.text) {
      if (open.pop()!.iterates) iterations -= 1;
    }
  });
}

/** `[x IN …`, `[(a)-->(b) | …]`, and `any(x IN …` open an iteration inside one expression. */
function opensIteration(tokens: readonly CypherToken[], i: number): boolean {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  const isIn = (t: CypherToken | undefined) => t?.kind === 'word' && t.text.toUpperCase() === 'IN';
  const isName = (t: CypherToken | undefined) => t?.kind === 'word' || t?.kind === 'quoted-name';
  if (tokens[i]!.text === '[') return (isName(next) && isIn(after)) || next?.text === '(';
  if (tokens[i]!.text === '(') {
    const before = tokens[i - 1];
    return before !== undefined && before.kind !== 'symbol' && QUANTIFIERS.has(before.text.toLowerCase()) && isName(next) && isIn(after);
  }
  return false;
}

const CHAIN_SYMBOLS = new Set(['+', '-', '*', '/', '%', '^', '=', '<', '>', '.']);
const CHAIN_WORDS = /^(AND|OR|XOR|IN|CONTAINS|STARTS|ENDS|IS)$/i;
/** Words that end one expression and start another (a clause, a CASE branch, an alias). */
const EXPRESSION_BREAKS = /^(MATCH|OPTIONAL|WHERE|WITH|RETURN|UNWIND|ORDER|BY|SKIP|LIMIT|CALL|YIELD|UNION|CASE|WHEN|THEN|ELSE|END|AS|DISTINCT|ASC|DESC|ASCENDING|DESCENDING)$/i;

function checkChains(tokens: readonly CypherToken[], maxChain: number): void {
  // One counter per open bracket; a chain's depth is the sum of the counters of every open level.
  const links: number[] = [0];
  let total = 0;
  for (const token of tokens) {
    if (token.kind === 'symbol' && OPENERS[token.text]) {
      links.push(0);
    } else if (token.kind === 'symbol' && (token.text === ')' || token.text === ']' || token.text === '}')) {
      if (links.length > 1) total -= links.pop()!;
    } else if ((token.kind === 'symbol' && (token.text === ',' || token.text === '|')) || (token.kind === 'word' && EXPRESSION_BREAKS.test(token.text))) {
      total -= links[links.length - 1]!;
      links[links.length - 1] = 0;
    } else if ((token.kind === 'symbol' && CHAIN_SYMBOLS.has(token.text)) || (token.kind === 'word' && CHAIN_WORDS.test(token.text))) {
      links[links.length - 1]! += 1;
      total += 1;
      if (total > maxChain) {
        throw new CypherRejectedError(
          'CYPHER_TOO_DEEP',
          `The expression at offset ${token.at} chains more than ${maxChain} operators or property lookups; Neo4j checks such a chain as a tree that deep. Split it with WITH.`,
        );
      }
    }
  }
}

function checkUnaryRuns(tokens: readonly CypherToken[], maxRun: number): void {
  let run = 0;
  tokens.forEach((token, i) => {
    const unary = (token.kind === 'word' && token.text.toUpperCase() === 'NOT') || (isSign(token) && !endsOperand(tokens[i - 1]));
    run = unary ? run + 1 : 0;
    if (run > maxRun) {
      throw new CypherRejectedError('CYPHER_TOO_DEEP', `The query chains more than ${maxRun} unary operators (offset ${token.at}); simplify the expression.`);
    }
  });
}

function isSign(token: CypherToken): boolean {
  return token.kind === 'symbol' && (token.text === '-' || token.text === '+');
}

/** A token after which + or - is binary. */
function endsOperand(token: CypherToken | undefined): boolean {
  if (!token) return false;
  if (token.kind === 'symbol') return token.text === ')' || token.text === ']' || token.text === '}';
  return !(token.kind === 'word' && /^(NOT|AND|OR|XOR|RETURN|WITH|WHERE|IN|WHEN|THEN|ELSE|CASE|UNWIND|SKIP|LIMIT|IS|STARTS|ENDS|CONTAINS)$/i.test(token.text));
}

/** `name(` where name is not a property (`n.range`) or a label (`:range`). */
function isFunctionName(tokens: readonly CypherToken[], i: number, name: string): boolean {
  const token = tokens[i]!;
  if ((token.kind !== 'word' && token.kind !== 'quoted-name') || token.text.toLowerCase() !== name) return false;
  const before = tokens[i - 1];
  if (before?.kind === 'symbol' && (before.text === '.' || before.text === ':')) return false;
  return tokens[i + 1]?.text === '(' && tokens[i + 1]!.kind === 'symbol';
}

function checkRanges(tokens: readonly CypherToken[], params: Readonly<Record<string, unknown>>, maxValues: number): void {
  let product = 1;
  tokens.forEach((token, i) => {
    if (!isFunctionName(tokens, i, 'range')) return;
    const before = tokens[i - 1];
    if (before?.kind === 'word' && before.text.toUpperCase() === 'UNWIND') return;
    const args = argumentsOf(tokens, i + 1);
    const bounds = args.map((arg) => integerValue(arg, params));
    if (bounds.length < 2 || bounds.length > 3 || bounds.some((b) => b === null)) {
      throw new CypherRejectedError(
        'CYPHER_TOO_COSTLY',
        `range() at offset ${token.at} needs whole-number bounds written in the query or passed as $parameters, so that its length is known before it runs; or iterate row by row with UNWIND range(…) AS x.`,
      );
    }
    const [from, to, step = 1] = bounds as number[];
    const length = step === 0 ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor((to! - from!) / step) + 1);
    product *= Math.max(length, 1);
    if (product > maxValues) {
      throw new CypherRejectedError(
        'CYPHER_TOO_COSTLY',
        `range() at offset ${token.at} makes the query's ranges produce more than ${maxValues} values together; Neo4j cannot interrupt one expression that long. Use UNWIND range(…) AS x, which runs row by row.`,
      );
    }
  });
}

/** The tokens of each argument of the call whose `(` is at `open`. */
function argumentsOf(tokens: readonly CypherToken[], open: number): CypherToken[][] {
  const args: CypherToken[][] = [[]];
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'symbol' && OPENERS[t.text]) depth += 1;
    else if (t.kind === 'symbol' && (t.text === ')' || t.text === ']' || t.text === '}')) depth -= 1;
    if (depth === 0) break;
    if (i === open) continue;
    if (depth === 1 && t.kind === 'symbol' && t.text === ',') args.push([]);
    else args[args.length - 1]!.push(t);
  }
  return args;
}

/** An argument that is an integer literal (signed, decimal, hex or octal) or an integer $parameter. */
function integerValue(arg: readonly CypherToken[], params: Readonly<Record<string, unknown>>): number | null {
  let sign = 1;
  let rest = arg;
  while (rest.length > 1 && isSign(rest[0]!)) {
    if (rest[0]!.text === '-') sign = -sign;
    rest = rest.slice(1);
  }
  if (rest.length !== 1) return null;
  const [token] = rest as [CypherToken];
  if (token.kind === 'param') {
    const value = params[token.text];
    return typeof value === 'number' && Number.isSafeInteger(value) ? sign * value : null;
  }
  if (token.kind !== 'number') return null;
  const text = token.text.replaceAll('_', '').toLowerCase();
  const value = /^0x[0-9a-f]+$/.test(text) ? Number.parseInt(text.slice(2), 16)
    : /^0o[0-7]+$/.test(text) ? Number.parseInt(text.slice(2), 8)
    : /^[0-9]+$/.test(text) ? Number(text)
    : null;
  return value !== null && Number.isSafeInteger(value) ? sign * value : null;
}
