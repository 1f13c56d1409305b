import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { createApp, openApiDocument, type AppDeps } from '../../../src/api/index.js';
import { DEFAULT_CONFIG, type AppConfig } from '../../../src/config/index.js';
import type { GraphData, GraphStore } from '../../../src/domain/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { fixtureGraph } from '../query/fixture-graph.js';

/**
 * A parsed response body. Tests check its shape with `schemaErrors` against the OpenAPI document
 * and then read fields freely, so it is left untyped on purpose.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface RunningApp {
  readonly url: string;
  get(path: string): Promise<{ status: number; body: Json; headers: Headers }>;
  post(path: string, body: string, contentType?: string): Promise<{ status: number; body: Json; headers: Headers }>;
  close(): Promise<void>;
}

/** Starts the app on an ephemeral loopback port over the fixture graph (or the given store). */
export async function startApp(options: { store?: GraphStore; config?: Partial<AppConfig>; webDir?: AppDeps['webDir'] } = {}): Promise<RunningApp> {
  const config: AppConfig = { ...DEFAULT_CONFIG, logLevel: 'silent', port: 0, ...options.config };
  const app = createApp({ query: options.store ?? createEmbeddedStore(fixtureGraph()), config, ...(options.webDir !== undefined ? { webDir: options.webDir } : {}) });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = async (path: string, init?: RequestInit) => {
    const response = await fetch(url + path, init);
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, body: body as Json, headers: response.headers };
  };
  return {
    url,
    get: (path) => call(path),
    post: (path, body, contentType = 'application/json') => call(path, { method: 'POST', body, headers: { 'content-type': contentType } }),
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'tradegraph-api', components: openApiDocument.components }, 'tradegraph-api');

/** The errors of `body` against a component schema of the OpenAPI document; [] when it conforms. */
export function schemaErrors(schemaName: string, body: unknown): string[] {
  const validate = ajv.getSchema(`tradegraph-api#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`no component schema ${schemaName}`);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

export const encode = encodeURIComponent;

let seedGraph: Promise<GraphData> | undefined;

/**
 * The app over the seed graph on the embedded store, with the graph it serves. The pipeline runs
 * once per test process: every API suite over the seeds asks the same graph, and each gets an app
 * (and a store) of its own.
 */
export async function startSeedApp(): Promise<{ app: RunningApp; graph: GraphData }> {
  seedGraph ??= runPipeline(['seeds']).then((result) => result.graph);
  const graph = await seedGraph;
  return { app: await startApp({ store: createEmbeddedStore(graph), webDir: null }), graph };
}
