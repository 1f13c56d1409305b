import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { answerJson, connection, createQueryService, pathJson, type PathOptions } from '../../../src/query/index.js';
import { fixtureGraph, ids } from './fixture-graph.js';

describe('pathJson', () => {
  const store = createEmbeddedStore(fixtureGraph());
  const asked: PathOptions[] = [{ maxDepth: 4, limit: 5 }, { maxDepth: 2, limit: 1 }, { maxDepth: 6, limit: 50, types: ['MET', 'HOLDS_POSITION', 'REPRESENTS'] }];

  it('writes exactly the text JSON.stringify writes of the answer, for every pair of nodes, asked again from the kept texts', async () => {
    const ids = (await store.listNodes()).map((node) => node.id);
    const differing: string[] = [];
    let withPaths = 0;
    for (let round = 0; round < 2; round++) {
      for (const from of ids) {
        for (const to of ids) {
          for (const options of asked) {
            const result = await connection(store, from, to, options);
            if (result.paths.length > 0) withPaths++;
            if (pathJson(result) !== JSON.stringify(result)) differing.push(`${from} ${to} ${JSON.stringify(options)}`);
          }
        }
      }
    }
    expect(differing).toEqual([]);
    // The pairs cover answers with paths, so hops and elements are written, not only empty lists.
    expect(withPaths).toBeGreaterThan(ids.length);
  });
});

describe('answerJson', () => {
  it('writes a path answer of the embedded store by its kept texts, the text JSON.stringify writes', async () => {
    const query = createQueryService(createEmbeddedStore(fixtureGraph()));
    const answer = await query.path(ids.KIM, ids.YEO, { maxDepth: 4, limit: 5 });
    expect(answer.paths.length).toBeGreaterThan(0);
    expect(answerJson(answer)).toBe(JSON.stringify(answer));
  });

  it('serialises any other value as JSON.stringify does', () => {
    for (const value of [{ a: 1, b: [undefined, 'x'], c: undefined }, [1, 2], 'text', null]) expect(answerJson(value)).toBe(JSON.stringify(value));
  });
});
