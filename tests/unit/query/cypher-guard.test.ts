import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { runCypher } from '../../../src/query/index.js';
import type { CypherResult, GraphStore } from '../../../src/domain/index.js';

/** An embedded store that answers Cypher with a fixed result, to see what the guard passes on. */
function storeAnswering(result: CypherResult): GraphStore & { calls: unknown[] } {
  const calls: unknown[] = [];
  const base = createEmbeddedStore();
  return { ...base, capabilities: { cypher: true }, calls, cypher: async (...args) => (calls.push(args), result) };
}

const EMPTY: CypherResult = { columns: ['n'], rows: [], nodes: [], edges: [], truncated: false };

describe('runCypher', () => {
  it.each([
    ['an empty query', '   ', {}, 'CYPHER_EMPTY'],
    ['an overlong query', `MATCH (n) RETURN n // ${'x'.repeat(5000)}`, {}, 'CYPHER_TOO_LONG'],
    ['a bad parameter name', 'RETURN $x', { 'bad name': 1 }, 'CYPHER_PARAMS_INVALID'],
    ['a non-finite number', 'RETURN $x', { x: Number.NaN }, 'CYPHER_PARAMS_INVALID'],
    ['deep nesting', 'RETURN $x', { x: [[[[[1]]]]] }, 'CYPHER_PARAMS_INVALID'],
  ])('refuses %s before asking the store', async (_name, query, params, code) => {
    const store = storeAnswering(EMPTY);
    await expect(runCypher(store, query, params)).rejects.toMatchObject({ code });
    expect(store.calls).toEqual([]);
  });

  it('passes the query, parameters and limits on and answers columns, rows and elements', async () => {
    const store = storeAnswering({
      columns: ['p'],
      rows: [[{ id: 'person:a' }]],
      nodes: [{ id: 'person:a', attributes: { label: 'Person', name: 'A', aliases: [] } }],
      edges: [],
      truncated: true,
    });
    const answer = await runCypher(store, 'MATCH (p:Person {name: $name}) RETURN p', { name: 'A' });
    expect(store.calls).toEqual([['MATCH (p:Person {name: $name}) RETURN p', { name: 'A' }, { timeoutMs: 5000, rowLimit: 1000 }]]);
    expect(answer).toEqual({ columns: ['p'], rows: [[{ id: 'person:a' }]], elements: { nodes: [{ data: { id: 'person:a', label: 'Person', name: 'A', aliases: [] } }], edges: [] }, truncated: true });
  });

  it('lets the embedded store refuse with CYPHER_NOT_SUPPORTED', async () => {
    await expect(runCypher(createEmbeddedStore(), 'MATCH (n) RETURN n')).rejects.toMatchObject({ code: 'CYPHER_NOT_SUPPORTED' });
  });
});
