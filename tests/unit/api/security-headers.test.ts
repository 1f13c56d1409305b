import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../../src/api/security-headers.js';

/** The response headers of GET / on an app with `middleware` in front, without the per-response ones. */
async function headersWith(middleware: RequestHandler): Promise<Record<string, string>> {
  const app = express();
  app.use(middleware);
  app.get('/', (_req, res) => {
    res.json({ ok: true });
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await response.arrayBuffer();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name !== 'date' && name !== 'etag') headers[name] = value;
    });
    return headers;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const OPTIONS: HelmetOptions[] = [
  {},
  { contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:', 'blob:'], 'upgrade-insecure-requests': null } } },
  { contentSecurityPolicy: false, hsts: false, frameguard: { action: 'deny' } },
];

describe('the security headers worked out once', () => {
  it.each(OPTIONS)('are the headers helmet itself sends, X-Powered-By removed (%j)', async (options) => {
    const fixed = await headersWith(securityHeaders(options));
    expect(fixed).toEqual(await headersWith(helmet(options)));
    expect(fixed).not.toHaveProperty('x-powered-by');
    expect(Object.keys(fixed).length).toBeGreaterThan(5);
  });
});
