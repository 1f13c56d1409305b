import { CypherRejectedError } from '../domain/index.js';

export type CypherTokenKind = 'word' | 'quoted-name' | 'number' | 'string' | 'param' | 'symbol';

export interface CypherToken {
  readonly kind: CypherTokenKind;
  /** The word or symbol as written; a quoted name without its backticks; a parameter without its $. */
  readonly text: string;
  /** Offset of the token's first character in the query. */
  readonly at: number;
}

/**
 * Characters refused anywhere: NUL and other C0 controls (besides tab and newlines), bidirectional
 * overrides and isolates (text that reads differently from how it parses) and lone surrogates.
 */
// eslint-disable-next-line no-control-regex
const REFUSED_ANYWHERE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const WORD_START = /[A-Za-z_]/;
const WORD_PART = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;
const SPACE = /[ \t\r\n]/;

/**
 * Splits a query into the tokens the guard reasons about, skipping comments, and refuses what a
 * checker cannot read the way Neo4j does: an unterminated comment, string or quoted name
 * (CYPHER_SYNTAX), and characters that hide text (CYPHER_BAD_CHARACTER). Outside strings, quoted
 * names and comments only ASCII is accepted: Neo4j reads several Unicode spaces and dashes as their
 * ASCII kin, which would let `range\u00A0(` slip past a check that looks for `range(`.
 */
export function scanCypher(query: string): CypherToken[] {
  const refused = REFUSED_ANYWHERE.exec(query);
  if (refused) {
    const code = refused[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new CypherRejectedError('CYPHER_BAD_CHARACTER', `The query holds the invisible or control character U+${code} at offset ${refused.index}; remove it.`);
  }
  const tokens: CypherToken[] = [];
  let i = 0;
  const unterminated = (what: string, at: number): never => {
    throw new CypherRejectedError('CYPHER_SYNTAX', `The Cypher query is not valid: the ${what} opened at offset ${at} is never closed.`);
  };
  while (i < query.length) {
    const c = query[i]!;
    const start = i;
    if (SPACE.test(c)) {
      i += 1;
    } else if (c === '/' && query[i + 1] === '/') {
      while (i < query.length && query[i] !== '\n' && query[i] !== '\r') i += 1;
    } else if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      if (end < 0) unterminated('comment /*', start);
      i = end + 2;
    } else if (c === "'" || c === '"') {
      i += 1;
      while (i < query.length && query[i] !== c) i += query[i] === '\\' ? 2 : 1;
      if (i >= query.length) unterminated(`string ${c}`, start);
      i += 1;
      tokens.push({ kind: 'string', text: query.slice(start + 1, i - 1), at: start });
    } else if (c === '`') {
      i += 1;
      // A backtick inside a quoted name is written twice.
      while (i < query.length && (query[i] !== '`' || query[i + 1] === '`')) i += query[i] === '`' ? 2 : 1;
      if (i >= query.length) unterminated('quoted name `', start);
      i += 1;
      tokens.push({ kind: 'quoted-name', text: query.slice(start + 1, i - 1).replaceAll('``', '`'), at: start });
    } else if (c === '$') {
      i += 1;
      while (i < query.length && WORD_PART.test(query[i]!)) i += 1;
      tokens.push({ kind: 'param', text: query.slice(start + 1, i), at: start });
    } else if (WORD_START.test(c)) {
      while (i < query.length && WORD_PART.test(query[i]!)) i += 1;
      tokens.push({ kind: 'word', text: query.slice(start, i), at: start });
    } else if (DIGIT.test(c)) {
      while (i < query.length && /[0-9A-Za-z_.]/.test(query[i]!)) {
        // 1..5 is not a number: stop before a second dot.
        if (query[i] === '.' && !DIGIT.test(query[i + 1] ?? '')) break;
        i += 1;
      }
      tokens.push({ kind: 'number', text: query.slice(start, i), at: start });
    } else if (c.charCodeAt(0) > 0x7e) {
      const code = c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      throw new CypherRejectedError(
        'CYPHER_BAD_CHARACTER',
        `The query holds the non-ASCII character U+${code} at offset ${start} outside a string or \`quoted name\`; write it inside quotes.`,
      );
    } else {
      i += 1;
      tokens.push({ kind: 'symbol', text: c, at: start });
    }
  }
  return tokens;
}
