import { describe, expect, it } from 'vitest';
import { checkCypherShape } from '../../../src/query/cypher-shape.js';

const nested = (open: string, close: string, n: number, inner = '1') => `${open.repeat(n)}${inner}${close.repeat(n)}`;

describe('checkCypherShape', () => {
  it.each([
    ['400 nested lists', `RETURN ${nested('[', ']', 400)}`, 'CYPHER_TOO_DEEP'],
    ['300 nested maps', `RETURN ${nested('{a:', '}', 300)}`, 'CYPHER_TOO_DEEP'],
    ['600 nested parentheses', `RETURN ${nested('(', ')', 600)}`, 'CYPHER_TOO_DEEP'],
    ['33 nested parentheses', `RETURN ${nested('(', ')', 33)}`, 'CYPHER_TOO_DEEP'],
    ['500 NOTs', `RETURN ${'NOT '.repeat(500)}true`, 'CYPHER_TOO_DEEP'],
    ['a chain of unary minus', `RETURN ${'- '.repeat(100)}1`, 'CYPHER_TOO_DEEP'],
    ['a range too long for one expression', 'RETURN size([x IN range(1,300000000) WHERE x % 2 = 0])', 'CYPHER_TOO_COSTLY'],
    ['a returned range of twenty million', 'RETURN range(1, 20000000)', 'CYPHER_TOO_COSTLY'],
    ['a range written in hex', 'RETURN size(range(0, 0x7FFFFFFF))', 'CYPHER_TOO_COSTLY'],
    ['a range with underscores', 'RETURN size(range(1, 300_000_000))', 'CYPHER_TOO_COSTLY'],
    ['a range from a big negative start', 'RETURN size(range(-300000000, 0))', 'CYPHER_TOO_COSTLY'],
    ['a range with a step of zero', 'RETURN range(1, 10, 0)', 'CYPHER_TOO_COSTLY'],
    ['a range whose bound is computed', 'RETURN size(range(1, 3 * 100000000))', 'CYPHER_TOO_COSTLY'],
    ['a range whose bound is a large parameter', 'RETURN size(range(1, $n))', 'CYPHER_TOO_COSTLY'],
    ['a range whose bound is a string parameter', 'RETURN size(range(1, $s))', 'CYPHER_TOO_COSTLY'],
    ['a range named with backticks', 'RETURN size(`range`(1, 300000000))', 'CYPHER_TOO_COSTLY'],
    ['a RANGE in capitals', 'RETURN size(RANGE(1, 300000000))', 'CYPHER_TOO_COSTLY'],
    ['ranges that multiply past the cap when nested', 'RETURN size([x IN range(1, 2000) | [y IN range(1, 2000) | x * y]])', 'CYPHER_TOO_COSTLY'],
    ['a string doubled forty times', "RETURN reduce(s = 'x', i IN range(1, 40) | s + s)", 'CYPHER_TOO_COSTLY'],
    ['reduce in capitals', 'RETURN REDUCE(s = 0, i IN [1] | s + i)', 'CYPHER_TOO_COSTLY'],
    ['three nested comprehensions', 'MATCH (n) WITH collect(n) AS ns RETURN size([a IN ns | [b IN ns | [c IN ns | 1]]])', 'CYPHER_TOO_COSTLY'],
    ['three nested quantifiers', 'MATCH (n) WITH collect(n) AS ns RETURN any(a IN ns WHERE any(b IN ns WHERE all(c IN ns WHERE a = c)))', 'CYPHER_TOO_COSTLY'],
    ['a pattern comprehension around two comprehensions', 'MATCH (n) WITH collect(n) AS ns RETURN [(a)--() | [b IN ns | [c IN ns | 1]]]', 'CYPHER_TOO_COSTLY'],
    ['a chain of 250 string concatenations', `RETURN ${Array.from({ length: 250 }, () => "'a'").join(' + ')}`, 'CYPHER_TOO_DEEP'],
    ['a chain of 250 parameters added', `RETURN ${Array.from({ length: 250 }, () => '$p').join('+')}`, 'CYPHER_TOO_DEEP'],
    ['a chain of 200 property lookups', `MATCH (n) RETURN n${'.a'.repeat(200)}`, 'CYPHER_TOO_DEEP'],
    ['a chain split over brackets that still adds up', `RETURN ${'(1 + 1 + 1 + '.repeat(30)}1${')'.repeat(30)}`, 'CYPHER_TOO_DEEP'],
    ['more tokens than any real question needs', `RETURN ${Array.from({ length: 1600 }, () => '1').join('+')}`, 'CYPHER_TOO_COSTLY'],
  ])('refuses %s', (_what, query, code) => {
    expect(() => checkCypherShape(query, { n: 300_000_000, s: '9' })).toThrow(expect.objectContaining({ name: 'CypherRejectedError', code }));
  });

  it.each([
    ['a plain match', 'MATCH (a:Person)-[r:MET]-(b) WHERE a.name STARTS WITH $p RETURN a, r, b LIMIT 25'],
    ['32 nested parentheses', `RETURN ${nested('(', ')', 32)}`],
    ['UNWIND over a long range, which runs row by row', 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*)'],
    ['a short literal range', 'RETURN [x IN range(1, 1000) | x * x]'],
    ['two nested short ranges', 'RETURN [x IN range(1, 1000) | [y IN range(1, 1000) | x * y]]'],
    ['a range bounded by small parameters', 'RETURN range($from, $to)'],
    ['a negative step', 'RETURN range(10, 1, -1)'],
    ['binary minus and plus in a row', 'RETURN 1 - -1 + +2 - (3)'],
    ['a few NOTs', 'RETURN NOT NOT true'],
    ['a property or label called range or reduce', 'MATCH (n:range) RETURN n.range, n.reduce'],
    ['the word reduce in a string or comment', "RETURN 'reduce(' // reduce(s = 1, x IN [] | s)"],
    ['two nested quantifiers', 'MATCH p = (a)-[*..3]-(b) WHERE all(n IN nodes(p) WHERE any(l IN labels(n) WHERE l = "Person")) RETURN p LIMIT 5'],
    ['fifteen conditions joined by AND', `MATCH (n) WHERE ${Array.from({ length: 15 }, (_, i) => `n.p${i} = $v${i}`).join(' AND ')} RETURN n`],
    ['a ten-hop pattern', `MATCH p = (a)${'-[:MET]->()'.repeat(9)}-[:MET]->(b) RETURN p LIMIT 1`],
    ['many short expressions, each its own chain', `RETURN ${Array.from({ length: 60 }, (_, i) => `n.a + n.b AS c${i}`).join(', ')}`],
    ['an EXISTS subquery', 'MATCH (a:Person) WHERE EXISTS { (a)-[:MET]-() } RETURN a'],
  ])('accepts %s', (_what, query) => {
    expect(() => checkCypherShape(query, { from: 1, to: 100 })).not.toThrow();
  });
});
