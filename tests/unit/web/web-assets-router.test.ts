import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultWebDir, webAssetsRouter } from '../../../src/api/routes/web-assets.js';

describe('webAssetsRouter', () => {
  let url = '';
  let close: () => void = () => undefined;

  beforeAll(async () => {
    const app = express();
    app.use(webAssetsRouter(defaultWebDir()));
    app.use((_req, res) => void res.status(404).json({ error: { code: 'ROUTE_NOT_FOUND', message: 'no route' } }));
    await new Promise<void>((resolve) => {
      const server = app.listen(0, '127.0.0.1', () => {
        url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        close = () => server.close();
        resolve();
      });
    });
  });
  afterAll(() => close());

  it('serves the viewer page at /', async () => {
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>tradegraph</title>');
  });

  it.each(['cytoscape.min.js', 'layout-base.js', 'cose-base.js', 'cytoscape-fcose.js', 'chart.umd.min.js'])('serves the whitelisted browser build /vendor/%s as JavaScript', async (name) => {
    const response = await fetch(`${url}/vendor/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it.each(['/vendor/package.json', '/vendor/..%2Fpackage.json', '/vendor/cytoscape.cjs.js', '/node_modules/cytoscape/package.json'])('does not expose %s', async (path) => {
    expect((await fetch(`${url}${path}`)).status).toBe(404);
  });

  it('refuses a folder without index.html, with code WEB_DIR_INVALID', () => {
    expect(() => webAssetsRouter('/nonexistent-folder')).toThrow(expect.objectContaining({ code: 'WEB_DIR_INVALID' }));
  });
});
