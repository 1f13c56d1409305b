import { describe, expect, it } from 'vitest';
import { scanCypher } from '../../../src/query/cypher-scan.js';

const texts = (query: string) => scanCypher(query).map((t) => `${t.kind}:${t.text}`);

describe('scanCypher', () => {
  it('splits a query into words, symbols, numbers, strings, parameters and quoted names', () => {
    expect(texts("MATCH (n:`Per``son` {name: 'O\\'Neil'}) WHERE n.x > 1.5 RETURN $p")).toEqual([
      'word:MATCH', 'symbol:(', 'word:n', 'symbol::', 'quoted-name:Per`son', 'symbol:{', 'word:name', 'symbol::',
      "string:O\\'Neil", 'symbol:}', 'symbol:)', 'word:WHERE', 'word:n', 'symbol:.', 'word:x', 'symbol:>',
      'number:1.5', 'word:RETURN', 'param:p',
    ]);
  });

  it.each([
    ['a line comment', 'RETURN 1 // range(1, 9)\n', ['word:RETURN', 'number:1']],
    ['a block comment', 'RETURN /* ( [ { */ 1', ['word:RETURN', 'number:1']],
    ['brackets inside a string', "RETURN '((([[['", ['word:RETURN', 'string:((([[[']],
    ['a comment opener inside a string', "RETURN '/*'", ['word:RETURN', 'string:/*']],
    ['a list slice, whose dots are not a number', 'RETURN [1,2][0..1]', ['word:RETURN', 'symbol:[', 'number:1', 'symbol:,', 'number:2', 'symbol:]', 'symbol:[', 'number:0', 'symbol:.', 'symbol:.', 'number:1', 'symbol:]']],
  ])('skips or keeps whole %s', (_what, query, tokens) => {
    expect(texts(query)).toEqual(tokens);
  });

  it.each([
    ['an unterminated block comment', 'RETURN 1 /* never closed', 'CYPHER_SYNTAX'],
    ['a comment that closes only itself: /*/', 'RETURN 1 /*/ x', 'CYPHER_SYNTAX'],
    ['an unterminated string', "RETURN 'abc", 'CYPHER_SYNTAX'],
    ['a string whose quote is escaped', "RETURN 'abc\\'", 'CYPHER_SYNTAX'],
    ['an unterminated quoted name', 'MATCH (n:`Person) RETURN n', 'CYPHER_SYNTAX'],
    ['a NUL byte', 'RETURN 1\u0000', 'CYPHER_BAD_CHARACTER'],
    ['a right-to-left override inside a string', "RETURN 'a\u202Eb'", 'CYPHER_BAD_CHARACTER'],
    ['a directional isolate inside a comment', 'RETURN 1 // \u2066x', 'CYPHER_BAD_CHARACTER'],
    ['a lone surrogate', 'RETURN "\uD800"', 'CYPHER_BAD_CHARACTER'],
    ['a no-break space between a function and its (', 'RETURN range\u00A0(1, 2)', 'CYPHER_BAD_CHARACTER'],
    ['a fullwidth parenthesis', 'RETURN range\uFF081, 2)', 'CYPHER_BAD_CHARACTER'],
    ['a zero-width space in a keyword', 'RE\u200BTURN 1', 'CYPHER_BAD_CHARACTER'],
    ['an en dash as a minus', 'RETURN 1 \u2013 1', 'CYPHER_BAD_CHARACTER'],
  ])('refuses %s', (_what, query, code) => {
    expect(() => scanCypher(query)).toThrow(expect.objectContaining({ name: 'CypherRejectedError', code }));
  });

  it.each([
    ['accented letters in a string', "RETURN 'Šefčovič'"],
    ['Hangul in a quoted name', 'MATCH (n) RETURN n.name AS `이름`'],
    ['an emoji in a string (a surrogate pair)', "RETURN '🙂'"],
    ['CJK in a comment', 'RETURN 1 // 여한구'],
  ])('accepts %s', (_what, query) => {
    expect(() => scanCypher(query)).not.toThrow();
  });
});
