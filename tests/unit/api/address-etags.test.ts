import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/api/index.js';
import { DEFAULT_CONFIG } from '../../../src/config/index.js';
import type { GraphStore } from '../../../src/domain/index.js';
import { createQueryService, type QueryService } from '../../../src/query/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { fixtureGraph, ids } from '../query/fixture-graph.js';

const servers: Server[] = [];
async function serve(query: QueryService | GraphStore): Promise<string> {
  const app = createApp({ query, config: { ...DEFAULT_CONFIG, logLevel: 'silent' }, webDir: null, responseCacheEntries: 0 });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

const entityPath = `/api/entities/${encodeURIComponent(ids.KIM)}`;

/** A revalidation as a browser sends it; fetch alone adds `Cache-Control: no-cache` to a conditional request, which Express rightly never answers 304. */
const holding = (tag: string, headers: Record<string, string> = {}) => ({ headers: { 'If-None-Match': tag, 'Cache-Control': 'max-age=0', ...headers } });

describe('ETags of the embedded store’s answers', () => {
  it('tags an answer and answers 304 without a body when the client holds that tag', async () => {
    const url = (await serve(createEmbeddedStore(fixtureGraph()))) + entityPath;
    const first = await fetch(url);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/".+"$/);
    const again = await fetch(url, holding(tag!));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetch(url)).headers.get('etag')).toBe(tag);
  });

  it('tags another URL, and CSV at the same URL, apart', async () => {
    const base = await serve(createEmbeddedStore(fixtureGraph()));
    const json = await fetch(`${base}/api/agreements`);
    const csv = await fetch(`${base}/api/agreements`, { headers: { Accept: 'text/csv' } });
    const other = await fetch(`${base}/api/agreements?limit=1`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(new Set([json, csv, other].map((r) => r.headers.get('etag'))).size).toBe(3);
    expect((await fetch(`${base}/api/agreements`, holding(json.headers.get('etag')!, { Accept: 'text/csv' }))).status).toBe(200);
  });

  it('changes the tag after a load through the service, and from one server to the next', async () => {
    const store = createEmbeddedStore(fixtureGraph());
    const query = createQueryService(store);
    const url = (await serve(query)) + entityPath;
    const before = (await fetch(url)).headers.get('etag');
    const kim = (await store.getNode(ids.KIM))!;
    await query.load({ schemaVersion: 1, nodes: [{ id: kim.id, attributes: { ...kim.attributes, aliases: [...kim.attributes.aliases, 'Minister K'] } }], edges: [] });
    const after = await fetch(url, holding(before!));
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
    const restarted = (await serve(createEmbeddedStore(fixtureGraph()))) + entityPath;
    expect((await fetch(restarted, holding(before!))).status).toBe(200);
  });

  it('leaves a store that can change behind the service (Neo4j) to the hash of the body', async () => {
    const embedded = createEmbeddedStore(fixtureGraph());
    const writable: GraphStore = { ...embedded, backend: 'neo4j' };
    const url = (await serve(writable)) + entityPath;
    const [a, b] = [await fetch(url), await fetch(url)];
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
    // Express's tag: the body's length in hex, then its hash.
    const body = await a.text();
    expect(a.headers.get('etag')).toMatch(new RegExp(`^W/"${Buffer.byteLength(body).toString(16)}-`));
  });
});
