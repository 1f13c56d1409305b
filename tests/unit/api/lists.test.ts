import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { encode, schemaErrors, startApp, type RunningApp } from './app-harness.js';

/** The list endpoints over the seed graph, each answer validated against the OpenAPI document. */
describe('list endpoints over the seed graph', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ store: createEmbeddedStore((await runPipeline(['seeds'])).graph), webDir: null });
  });
  afterAll(() => app?.close());

  it('answers who was trade minister on a day in one request', async () => {
    const { status, body } = await app.get(`/api/posts?title=${encode('Trade Minister')}&at=2025-11-20`);
    expect(status).toBe(200);
    expect(schemaErrors('PostList', body)).toEqual([]);
    expect(body.posts.map((post: { heldAt: { person: { name: string } }[] }) => post.heldAt.map((h) => h.person.name))).toEqual([['Yeo Han-koo']]);
  });

  it('pages through every post with the total', async () => {
    const { body } = await app.get('/api/posts?limit=3&offset=2');
    expect(schemaErrors('PostList', body)).toEqual([]);
    expect(body).toMatchObject({ page: { offset: 2, limit: 3 } });
    expect(body.posts).toHaveLength(3);
    expect(body.total).toBeGreaterThan(20);
  });

  it.each([['at=March'], ['limit=0'], ['title=%20%20']])('refuses %s with BAD_PARAMETER', async (params) => {
    const { status, body } = await app.get(`/api/posts?${params}`);
    expect([status, body.error.code]).toEqual([400, 'BAD_PARAMETER']);
  });
});
