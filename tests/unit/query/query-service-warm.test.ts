import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../src/domain/index.js';
import { createQueryService } from '../../../src/query/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { fixtureGraph } from './fixture-graph.js';

describe('the query warm-up', () => {
  it('asks the store one path question between two countries, so the path index is built before any user asks', async () => {
    const store = createEmbeddedStore(fixtureGraph());
    const asked: Array<[string, string]> = [];
    const watched: GraphStore = { ...store, shortestPaths: (from, to, query) => (asked.push([from, to]), store.shortestPaths(from, to, query)) };
    await createQueryService(watched).warm();
    expect(asked).toHaveLength(1);
    expect(asked[0]!.every((id) => id.startsWith('country:'))).toBe(true);
    expect(asked[0]![0]).not.toBe(asked[0]![1]);
  });
});
