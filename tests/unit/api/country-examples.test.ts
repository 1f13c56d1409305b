import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../src/api/index.js';
import { schemaErrors, startApp, type RunningApp } from './app-harness.js';

type Examples = Record<string, { summary: string; value: unknown }>;
const examplesOf = (path: keyof typeof openApiDocument.paths): Examples =>
  (openApiDocument.paths[path] as unknown as { get: { responses: { 200: { content: { 'application/json': { examples: Examples } } } } } }).get.responses[200].content['application/json'].examples;

describe('the OpenAPI examples of the country operations', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it.each([
    ['/api/countries/{code}', 'CountryProfile'],
    ['/api/countries/{code}/graph', 'CountryGraph'],
  ] as const)('gives %s an example that is the answer its summary names, on the fixture graph, within the %s shape', async (path, shape) => {
    const [example] = Object.values(examplesOf(path));
    const asked = /GET (\S+)/.exec(example!.summary)![1]!;
    const { status, body } = await app.get(asked);
    expect(status).toBe(200);
    expect(example!.value).toEqual(body);
    expect(schemaErrors(shape, example!.value)).toEqual([]);
  });

  it('draws in the graph example exactly what the lists example names, and the country', () => {
    const profile = Object.values(examplesOf('/api/countries/{code}'))[0]!.value as Record<string, { id: string }[]> & { country: { id: string } };
    const graph = Object.values(examplesOf('/api/countries/{code}/graph'))[0]!.value as { elements: { nodes: { data: { id: string } }[] } };
    const listed = ['officials', 'organizations', 'counterparts', 'agreements', 'events'].flatMap((list) => profile[list]!.map((item) => item.id));
    expect(graph.elements.nodes.map((n) => n.data.id).sort()).toEqual([profile.country.id, ...listed].sort());
  });
});
