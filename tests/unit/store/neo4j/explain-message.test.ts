import { describe, expect, it } from 'vitest';
import { withoutExplainPrefix } from '../../../../src/store/neo4j/explain-message.js';

describe('withoutExplainPrefix', () => {
  it('speaks of the query as the user wrote it: positions, quoted line and caret', () => {
    const neo4j = `Invalid input 'x': expected an expression (line 1, column 17 (offset: 16))\n"EXPLAIN RETURN 1 x"\n                 ^`;
    expect(withoutExplainPrefix(neo4j)).toBe(`Invalid input 'x': expected an expression (line 1, column 9 (offset: 8))\n"RETURN 1 x"\n         ^`);
  });

  it('keeps the column of a later line and shifts only its offset', () => {
    expect(withoutExplainPrefix('Variable `m` not defined (line 2, column 8 (offset: 26))')).toBe('Variable `m` not defined (line 2, column 8 (offset: 18))');
  });

  it('leaves a message without positions as it is', () => {
    expect(withoutExplainPrefix('Type mismatch: expected List<T> but was Integer')).toBe('Type mismatch: expected List<T> but was Integer');
  });
});
