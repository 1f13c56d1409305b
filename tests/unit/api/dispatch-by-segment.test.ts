import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { Router } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchBySegment } from '../../../src/api/dispatch-by-segment.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** Routers that record which of them were asked; unanswered requests end as 404 `unrouted`. */
async function serve(routers: Router[]): Promise<string> {
  const app = express();
  app.use(dispatchBySegment(routers));
  app.use((_req, res) => void res.status(404).send('unrouted'));
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function router(routes: Record<string, string>): Router {
  const r = Router();
  for (const [path, answer] of Object.entries(routes)) r.get(path, (_req, res) => void res.send(answer));
  return r;
}

describe('dispatching by the first path segment', () => {
  it('answers each route from the router that declares it', async () => {
    const base = await serve([router({ '/search': 'search', '/entities/:id': 'entity' }), router({ '/meetings': 'meetings' })]);
    expect(await (await fetch(`${base}/search?q=x`)).text()).toBe('search');
    expect(await (await fetch(`${base}/entities/person%3Akim`)).text()).toBe('entity');
    expect(await (await fetch(`${base}/meetings`)).text()).toBe('meetings');
  });

  it('keeps the routers order where two answer the same segment', async () => {
    const base = await serve([router({ '/documents/search': 'full text' }), router({ '/documents/:id': 'document' })]);
    expect(await (await fetch(`${base}/documents/search`)).text()).toBe('full text');
    expect(await (await fetch(`${base}/documents/doc-1`)).text()).toBe('document');
  });

  it('matches segments without regard to case, as Express does', async () => {
    const base = await serve([router({ '/meetings': 'meetings' })]);
    expect(await (await fetch(`${base}/MEETINGS`)).text()).toBe('meetings');
  });

  it('asks a router that could match any path for every request', async () => {
    const anyPath = Router();
    anyPath.use((req, res, next) => (req.path.endsWith('.css') ? void res.send('asset') : next()));
    const base = await serve([router({ '/stats': 'stats' }), anyPath]);
    expect(await (await fetch(`${base}/style.css`)).text()).toBe('asset');
    expect(await (await fetch(`${base}/stats`)).text()).toBe('stats');
  });

  it('passes an unknown segment and an unmatched route on to what comes next', async () => {
    const base = await serve([router({ '/entities/:id': 'entity' })]);
    expect(await (await fetch(`${base}/nowhere`)).text()).toBe('unrouted');
    expect(await (await fetch(`${base}/entities/a/b/c`)).text()).toBe('unrouted');
  });

  it('forwards an error thrown by a route to the error handlers', async () => {
    const failing = Router();
    failing.get('/boom', () => {
      throw new Error('boom');
    });
    const app = express();
    app.use(dispatchBySegment([failing]));
    app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => void res.status(500).send(error.message));
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/boom`);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('boom');
  });
});
