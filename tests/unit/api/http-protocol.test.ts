import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/api/index.js';
import { DEFAULT_CONFIG } from '../../../src/config/index.js';
import { StoreError } from '../../../src/domain/errors.js';
import type { GraphStore } from '../../../src/domain/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { fixtureGraph, ids } from '../query/fixture-graph.js';
import { encode, startApp, type RunningApp } from './app-harness.js';

const json = { 'content-type': 'application/json' };

/** One raw HTTP exchange: fetch refuses TRACE and rewrites some headers. */
function raw(url: string, method: string, path: string, headers: Record<string, string> = {}, body?: Buffer): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url + path, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the API over HTTP', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it.each([
    ['TRACE', '/api/search', 'GET, HEAD'],
    ['DELETE', `/api/entities/${encode(ids.KIM)}`, 'GET, HEAD'],
    ['PUT', '/api/countries/KR', 'GET, HEAD'],
    ['GET', '/api/cypher', 'POST'],
  ])('answers %s on the known path %s with 405 and Allow: %s', async (method, path, allow) => {
    const response = await raw(app.url, method, path);
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe(allow);
    expect(JSON.parse(response.body).error.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('still answers an unknown path with 404', async () => {
    expect((await raw(app.url, 'TRACE', '/api/nothing-here')).status).toBe(404);
  });

  it.each([
    ['a corrupt gzip body', { ...json, 'content-encoding': 'gzip' }, Buffer.from('not gzip at all'), 400, 'BAD_BODY'],
    ['a corrupt br body', { ...json, 'content-encoding': 'br' }, Buffer.from('not brotli'), 400, 'BAD_BODY'],
    ['an unknown content encoding', { ...json, 'content-encoding': 'compress' }, Buffer.from('{}'), 415, 'BAD_ENCODING'],
    ['JSON in UTF-16', { 'content-type': 'application/json; charset=utf-16' }, Buffer.from('{"query":"RETURN 1"}', 'utf16le'), 415, 'BAD_ENCODING'],
    ['a form instead of JSON', { 'content-type': 'application/x-www-form-urlencoded' }, Buffer.from('query=RETURN+1'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ])('answers a POST with %s as the client’s error', async (_name, headers, body, status, code) => {
    const response = await raw(app.url, 'POST', '/api/cypher', headers as Record<string, string>, body);
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body).error.code).toBe(code);
  });

  it.each([
    ['gzip', gzipSync],
    ['br', brotliCompressSync],
  ])('reads a %s-compressed JSON body', async (encoding, compress) => {
    const response = await raw(app.url, 'POST', '/api/cypher', { ...json, 'content-encoding': encoding }, compress(Buffer.from('{"query":"RETURN 1"}')));
    expect(JSON.parse(response.body).error.code).toBe('CYPHER_NOT_SUPPORTED');
  });

  it.each([
    ['/api/agreements?kind=mou&status=SIGNED', 200],
    ['/api/search?q=kim&labels=person,ORGANIZATION', 200],
    ['/api/entities/person%3Akim-jung-kwan/neighbourhood?types=met', 200],
    ['/api/search?q=kim&labels=', 400],
    ['/api/agreements?kind=', 400],
    ['/api/agreements?kind=MOU,', 400],
    ['/api/agreements?from=', 400],
    ['/api/search?q=%20%20', 400],
    ['/api/countries/UAE', 404],
    [`/api/countries/${'x'.repeat(101)}`, 400],
    ['/api/countries/korea', 200],
    ['/api/countries/Republic%20of%20Korea', 200],
  ])('answers GET %s with %i', async (path, status) => {
    expect((await app.get(path)).status).toBe(status);
  });
});

describe('CORS_ORIGINS=*', () => {
  it('lets any origin read the API', async () => {
    const app = await startApp({ config: { corsOrigins: ['*'] } });
    try {
      const response = await raw(app.url, 'GET', '/api/stats', { origin: 'https://example.org' });
      expect(response.headers['access-control-allow-origin']).toBe('*');
    } finally {
      await app.close();
    }
  });
});

describe('logging', () => {
  /** An app whose log lines are collected, over `store`. */
  async function logged(level: 'info' | 'debug', store: GraphStore = createEmbeddedStore(fixtureGraph())) {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    const app = createApp({ query: store, config: { ...DEFAULT_CONFIG, logLevel: level }, logger, webDir: null });
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { lines, url, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it('logs no line per request unless the level is debug, and then one with method, URL, status and time', async () => {
    const quiet = await logged('info');
    const loud = await logged('debug');
    try {
      for (const { url } of [quiet, loud]) await raw(url, 'GET', '/api/stats');
      expect(quiet.lines).toEqual([]);
      expect(loud.lines).toContainEqual(expect.objectContaining({ msg: 'request', method: 'GET', url: '/api/stats', status: 200, ms: expect.any(Number) }));
    } finally {
      await Promise.all([quiet.close(), loud.close()]);
    }
  });

  it('logs nothing for client errors and 501, but logs a store failure without sending its details', async () => {
    const failing = { ...createEmbeddedStore(fixtureGraph()), getNode: () => Promise.reject(new StoreError('NEO4J_UNREACHABLE', 'Neo4j at bolt://10.0.0.7:7687 could not be reached (ECONNREFUSED).')) };
    const app = await logged('info', failing);
    try {
      await raw(app.url, 'GET', '/api/search?labels=Planet');
      await raw(app.url, 'POST', '/api/cypher', json, Buffer.from('{"query":"RETURN 1"}'));
      await raw(app.url, 'POST', '/api/cypher', { ...json, 'content-encoding': 'gzip' }, Buffer.from('garbage'));
      expect(app.lines).toEqual([]);
      const response = await raw(app.url, 'GET', `/api/entities/${encode(ids.KIM)}`);
      expect(response.status).toBe(503);
      expect(JSON.parse(response.body).error.code).toBe('NEO4J_UNREACHABLE');
      expect(response.body).not.toMatch(/bolt:|10\.0\.0\.7|ECONNREFUSED/);
      expect(app.lines).toContainEqual(expect.objectContaining({ level: 40, detail: expect.stringContaining('bolt://10.0.0.7:7687') }));
    } finally {
      await app.close();
    }
  });
});
