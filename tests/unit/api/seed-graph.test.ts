import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import type { GraphData, NodeRecord } from '../../../src/domain/index.js';
import { encode, schemaErrors, startApp, type Json, type RunningApp } from './app-harness.js';

/** The API over the graph the real pipeline builds from seeds/: every answer must fit the contract. */
describe('the API over the seed graph', () => {
  let graph: GraphData;
  let app: RunningApp;
  const byLabel = (label: string): NodeRecord[] => graph.nodes.filter((n) => n.attributes.label === label);

  beforeAll(async () => {
    graph = (await runPipeline(['seeds'])).graph;
    app = await startApp({ store: createEmbeddedStore(graph), webDir: null });
  });
  afterAll(() => app?.close());

  async function expectConforming(path: string, schema: string): Promise<Json> {
    const { status, body } = await app.get(path);
    expect({ path, status }).toEqual({ path, status: 200 });
    expect({ path, errors: schemaErrors(schema, body) }).toEqual({ path, errors: [] });
    return body;
  }

  it('finds every person by their name among the first hits', async () => {
    for (const person of byLabel('Person')) {
      const body = await expectConforming(`/api/search?q=${encode(person.attributes.name)}&limit=5`, 'SearchResult');
      expect({ name: person.attributes.name, found: body.hits.some((h: { id: string }) => h.id === person.id) }).toEqual({ name: person.attributes.name, found: true });
    }
  });

  it('answers entity, neighbourhood and meetings for every person within the contract', async () => {
    for (const person of byLabel('Person')) {
      await expectConforming(`/api/entities/${encode(person.id)}`, 'EntityDetail');
      await expectConforming(`/api/entities/${encode(person.id)}/neighbourhood?depth=2`, 'Neighbourhood');
      await expectConforming(`/api/persons/${encode(person.id)}/meetings`, 'PersonMeetings');
    }
  });

  it('answers every country and its drawing, agreement list and document within the contract, marks inside the text', async () => {
    for (const country of byLabel('Country')) {
      const code = encode(country.attributes.country ?? country.id.slice(8));
      await expectConforming(`/api/countries/${code}`, 'CountryProfile');
      expect((await expectConforming(`/api/countries/${code}/graph`, 'CountryGraph')).center).toBe(country.id);
    }
    await expectConforming('/api/agreements', 'AgreementList');
    for (const doc of byLabel('Document')) {
      const view = await expectConforming(`/api/documents/${encode(doc.id)}`, 'DocumentView');
      for (const mark of view.mentions) expect(mark.end).toBeLessThanOrEqual(view.text.length);
    }
  });

  it('answers every edge and a path between two people within the contract', async () => {
    for (const edge of graph.edges.filter((_e, i) => i % 7 === 0)) await expectConforming(`/api/edges/${encode(edge.id)}`, 'EdgeDetail');
    const [a, b] = byLabel('Person');
    await expectConforming(`/api/path?from=${encode(a!.id)}&to=${encode(b!.id)}&maxDepth=6&limit=5`, 'PathResult');
    await expectConforming('/api/stats', 'Stats');
  });
});
