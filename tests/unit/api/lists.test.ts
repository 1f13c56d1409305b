import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/index.js';
import { DEFAULT_HELD_AT_PAGE, DEFAULT_HOLDER_PAGE } from '../../../src/query/index.js';
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

  it('lists a page of each post’s holders with holderTotal, the rest reachable by holderOffset', async () => {
    // Every post of the seed graph has one holder: past it, the page is empty and the total stays.
    const asked = `/api/posts?title=${encode('Trade Minister')}`;
    const first = (await app.get(asked)).body;
    expect(first.holderPage).toEqual({ offset: 0, limit: DEFAULT_HOLDER_PAGE.limit });
    expect(first.posts[0]).toMatchObject({ holderTotal: 1, holders: [{ person: { name: 'Yeo Han-koo' } }] });
    const { body } = await app.get(`${asked}&holderOffset=1&holderLimit=2`);
    expect(schemaErrors('PostList', body)).toEqual([]);
    expect(body.holderPage).toEqual({ offset: 1, limit: 2 });
    expect(body.posts[0]).toMatchObject({ id: first.posts[0].id, holderTotal: 1, holders: [] });
  });

  it('pages who held each post on the day asked, with heldAtTotal, the rest reachable by heldAtOffset', async () => {
    const asked = `/api/posts?title=${encode('Trade Minister')}&at=2025-11-20`;
    const first = (await app.get(asked)).body;
    expect(first.heldAtPage).toEqual({ offset: 0, limit: DEFAULT_HELD_AT_PAGE.limit });
    expect(first.posts[0]).toMatchObject({ heldAtTotal: 1, heldAt: [{ person: { name: 'Yeo Han-koo' } }] });
    const { body } = await app.get(`${asked}&heldAtOffset=1&heldAtLimit=2`);
    expect(schemaErrors('PostList', body)).toEqual([]);
    expect(body.heldAtPage).toEqual({ offset: 1, limit: 2 });
    expect(body.posts[0]).toMatchObject({ id: first.posts[0].id, heldAtTotal: 1, heldAt: [] });
  });

  it.each([['at=March'], ['limit=0'], ['title=%20%20'], ['holderLimit=0'], ['holderOffset=-1'], ['heldAtLimit=0'], ['heldAtOffset=-1']])('refuses %s with BAD_PARAMETER', async (params) => {
    const { status, body } = await app.get(`/api/posts?${params}`);
    expect([status, body.error.code]).toEqual([400, 'BAD_PARAMETER']);
  });
});

describe('GET /api/entities over the seed graph', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ store: createEmbeddedStore((await runPipeline(['seeds'])).graph), webDir: null });
  });
  afterAll(() => app?.close());

  it('lists Chinese officials by name, within the contract', async () => {
    const { status, body } = await app.get('/api/entities?label=person&country=cn');
    expect(status).toBe(200);
    expect(schemaErrors('EntityList', body)).toEqual([]);
    expect(body.total).toBe(body.entities.length);
    expect(body.entities.map((e: { name: string }) => e.name)).toContain('Wang Wentao');
  });

  it('pages organisations of a kind by name prefix', async () => {
    const { body } = await app.get('/api/entities?label=Organization&kind=government&prefix=ministry&limit=2&offset=1');
    expect(schemaErrors('EntityList', body)).toEqual([]);
    expect(body).toMatchObject({ page: { offset: 1, limit: 2 } });
    expect(body.entities).toHaveLength(2);
    expect(body.total).toBeGreaterThan(3);
  });

  it.each([['label=Planet'], ['country=KOR'], ['prefix=%20']])('refuses %s with BAD_PARAMETER', async (params) => {
    const { status, body } = await app.get(`/api/entities?${params}`);
    expect([status, body.error.code]).toEqual([400, 'BAD_PARAMETER']);
  });
});
