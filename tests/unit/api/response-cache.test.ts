import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/api/index.js';
import { DEFAULT_CONFIG } from '../../../src/config/index.js';
import type { GraphStore } from '../../../src/domain/index.js';
import { createQueryService, type QueryService } from '../../../src/query/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { fixtureGraph, ids } from '../query/fixture-graph.js';

/** A query service that counts how often each question really reaches the store. */
function countingService(store: GraphStore) {
  const service = createQueryService(store);
  const calls = { entity: 0, search: 0 };
  const counted: QueryService = {
    ...service,
    entity: (id) => (calls.entity++, service.entity(id)),
    search: (q, o) => (calls.search++, service.search(q, o)),
  };
  return { counted, calls };
}

let server: Server | undefined;
async function serve(query: QueryService): Promise<string> {
  const app = createApp({ query, config: { ...DEFAULT_CONFIG, logLevel: 'silent' }, webDir: null });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe('the GET answer cache', () => {
  it('keeps an answer on its second ask and answers the third from the cache, with the same JSON', async () => {
    const { counted, calls } = countingService(createEmbeddedStore(fixtureGraph()));
    const url = `${await serve(counted)}/api/entities/${encodeURIComponent(ids.KIM)}`;
    const first = await fetch(url);
    await fetch(url);
    expect(calls.entity).toBe(2);
    const third = await fetch(url);
    expect(third.status).toBe(200);
    expect(third.headers.get('content-type')).toMatch(/application\/json/);
    expect(await third.text()).toBe(await first.text());
    expect(calls.entity).toBe(2);
  });

  it('asks again after a load through the service changed the graph', async () => {
    const store = createEmbeddedStore(fixtureGraph());
    const { counted, calls } = countingService(store);
    const url = `${await serve(counted)}/api/entities/${encodeURIComponent(ids.KIM)}`;
    await fetch(url);
    const before = await (await fetch(url)).json();
    const kim = (await store.getNode(ids.KIM))!;
    await counted.load({ schemaVersion: 1, nodes: [{ id: kim.id, attributes: { ...kim.attributes, aliases: [...kim.attributes.aliases, 'Minister K'] } }], edges: [] });
    const after = await (await fetch(url)).json();
    expect(calls.entity).toBe(3);
    expect(after.aliases).toContain('Minister K');
    expect(before.aliases).not.toContain('Minister K');
  });

  it('never keeps an error answer', async () => {
    const { counted, calls } = countingService(createEmbeddedStore(fixtureGraph()));
    const url = `${await serve(counted)}/api/entities/person%3Anobody`;
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(url)).status).toBe(404);
    expect(calls.entity).toBe(2);
  });

  it('never caches a store that another process may write (Neo4j)', async () => {
    const embedded = createEmbeddedStore(fixtureGraph());
    const writable: GraphStore = new Proxy(embedded, { get: (target, key) => (key === 'backend' ? 'neo4j' : Reflect.get(target, key)) });
    const { counted, calls } = countingService(writable);
    const url = `${await serve(counted)}/api/search?q=kim`;
    await fetch(url);
    await fetch(url);
    await fetch(url);
    expect(calls.search).toBe(3);
  });
});

describe('the GET answer cache under a character budget', () => {
  async function serveWithBudget(query: QueryService, maxChars: number, entries = 2000): Promise<string> {
    const { default: express } = await import('express');
    const { cacheGetResponses } = await import('../../../src/api/response-cache.js');
    const app = express();
    app.use('/api', cacheGetResponses(query, entries, maxChars));
    app.get('/api/entities/:id', async (req, res) => {
      res.json(await query.entity(req.params.id));
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('does not keep an answer larger than a sixteenth of the budget', async () => {
    const { counted, calls } = countingService(createEmbeddedStore(fixtureGraph()));
    const url = `${await serveWithBudget(counted, 16)}/api/entities/${encodeURIComponent(ids.KIM)}`;
    await fetch(url);
    await fetch(url);
    await fetch(url);
    expect(calls.entity).toBe(3);
  });

  it('drops the oldest answers once the characters kept pass the budget', async () => {
    const { counted, calls } = countingService(createEmbeddedStore(fixtureGraph()));
    const answer = JSON.stringify(await counted.entity(ids.KIM));
    calls.entity = 0;
    const base = `${await serveWithBudget(counted, 16 * answer.length)}/api/entities/${encodeURIComponent(ids.KIM)}`;
    for (let n = 1; n <= 17; n++) {
      await fetch(`${base}?n=${n}`);
      await fetch(`${base}?n=${n}`);
    }
    expect(calls.entity).toBe(34);
    await fetch(`${base}?n=17`);
    expect(calls.entity).toBe(34);
    await fetch(`${base}?n=1`);
    expect(calls.entity).toBe(35);
  });

  it('does not let a question asked once evict an answer asked again', async () => {
    const { counted, calls } = countingService(createEmbeddedStore(fixtureGraph()));
    const base = `${await serveWithBudget(counted, 8_000_000, 1)}/api/entities/${encodeURIComponent(ids.KIM)}`;
    await fetch(`${base}?kept`);
    await fetch(`${base}?kept`);
    await fetch(`${base}?once`);
    expect(calls.entity).toBe(3);
    await fetch(`${base}?kept`);
    expect(calls.entity).toBe(3);
  });
});
