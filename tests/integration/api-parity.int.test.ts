import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphData } from '../../src/domain/graph.js';
import type { GraphStore } from '../../src/domain/store.js';
import { runPipeline } from '../../src/pipeline/index.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { describeWithNeo4j, openNeo4jStore } from '../setup/neo4j.js';
import { serveStore, type ApiServer } from './support/api-server.js';
import { ask, mapLimit, type Answer, type Question } from './support/ask.js';
import { PARITY_ENDPOINTS } from './support/parity-questions.js';

/** Requests in flight per server: enough to hide latency, few enough for a 2-core machine. */
const CONCURRENCY = 4;

interface Stats {
  backend: string;
  capabilities: { cypher: boolean };
  build: unknown;
  [field: string]: unknown;
}

/**
 * The HTTP API over the seed graph, once on the embedded store and once on Neo4j: every endpoint
 * must answer with the same status and the same JSON, except Cypher, which only Neo4j runs.
 */
describeWithNeo4j('the API on the embedded store and on Neo4j, over the seed graph', (target) => {
  let graph: GraphData;
  let embeddedStore: GraphStore;
  let neo4jStore: GraphStore;
  let embedded: ApiServer;
  let neo4j: ApiServer;

  /** Both servers' answers to each question, the embedded one first. */
  const askBoth = (questions: readonly Question[]) =>
    mapLimit(questions, CONCURRENCY, (q) => Promise.all([ask(embedded.url, q), ask(neo4j.url, q)]));

  /** The questions of one row of PARITY_ENDPOINTS and their answers, asked once per run. */
  const asked = new Map<string, Promise<{ questions: Question[]; answers: [Answer, Answer][] }>>();
  const answersFor = (endpoint: string) => {
    if (!asked.has(endpoint)) {
      const [, questionsFor] = PARITY_ENDPOINTS.find(([name]) => name === endpoint)!;
      const questions = questionsFor(graph);
      asked.set(endpoint, askBoth(questions).then((answers) => ({ questions, answers })));
    }
    return asked.get(endpoint)!;
  };
  const endpointNamed = (start: string) => PARITY_ENDPOINTS.find(([name]) => name.startsWith(start))![0];

  beforeAll(async () => {
    graph = (await runPipeline(['seeds'])).graph;
    neo4jStore = await openNeo4jStore(target);
    await neo4jStore.clear();
    await neo4jStore.load(graph);
    embeddedStore = createEmbeddedStore(graph);
    [embedded, neo4j] = await Promise.all([serveStore(embeddedStore, { webDir: null }), serveStore(neo4jStore, { webDir: null })]);
  });

  afterAll(async () => {
    await Promise.all([embedded?.close(), neo4j?.close()]);
    await neo4jStore?.close();
  });

  it.each(PARITY_ENDPOINTS.map(([endpoint]) => endpoint))('answers %s the same on both stores', async (endpoint) => {
    const { questions, answers } = await answersFor(endpoint);
    expect(questions.length).toBeGreaterThan(0);
    answers.forEach(([onEmbedded, onNeo4j], i) => {
      const { method, path, status } = questions[i]!;
      const what = `${method} ${decodeURIComponent(path)}`;
      expect.soft(onEmbedded.status, `${what} on the embedded store`).toBe(status);
      expect.soft(onNeo4j.status, `${what}: status on Neo4j`).toBe(onEmbedded.status);
      expect.soft(onNeo4j.body, `${what}: body on Neo4j`).toEqual(onEmbedded.body);
    });
  });

  it('cuts some neighbourhoods short, so truncation is compared too', async () => {
    const { answers } = await answersFor(endpointNamed('GET /api/entities/:id/neighbourhood'));
    const truncated = answers.filter(([a]) => (a.body as { truncated?: boolean }).truncated === true);
    expect(truncated.length).toBeGreaterThan(0);
    expect(truncated.length).toBeLessThan(answers.length);
  });

  it('finds paths for most pairs of officials and none for some, so both outcomes are compared', async () => {
    const { answers } = await answersFor(endpointNamed('GET /api/path'));
    const found = answers.map(([a]) => (a.body as { paths: unknown[] }).paths.length);
    expect(found.filter((n) => n > 0).length).toBeGreaterThan(found.length / 2);
    expect(found).toContain(0);
  });

  it('reports the same stats apart from the backend, its capabilities and build information', async () => {
    const [onEmbedded, onNeo4j] = (await askBoth([{ method: 'GET', path: '/api/stats', status: 200 }]))[0]!;
    expect([onEmbedded.status, onNeo4j.status]).toEqual([200, 200]);
    const { backend: b1, capabilities: c1, build: _e, ...embeddedStats } = onEmbedded.body as Stats;
    const { backend: b2, capabilities: c2, build: _n, ...neo4jStats } = onNeo4j.body as Stats;
    expect([b1, c1, b2, c2]).toEqual(['embedded', { cypher: false }, 'neo4j', { cypher: true }]);
    expect(neo4jStats).toEqual(embeddedStats);
    expect(neo4jStats.nodes).toBe(graph.nodes.length);
    expect(neo4jStats.edges).toBe(graph.edges.length);
  });

  it('refuses Cypher on the embedded store with 501 and says how to start on Neo4j', async () => {
    const answer = await ask(embedded.url, { method: 'POST', path: '/api/cypher', body: { query: 'MATCH (n:Person) RETURN n LIMIT 5' }, status: 501 });
    expect(answer.status).toBe(501);
    const { code, message } = (answer.body as { error: { code: string; message: string } }).error;
    expect(code).toBe('CYPHER_NOT_SUPPORTED');
    expect(message).toContain('npm run neo4j:start');
    expect(message).toContain('NEO4J_URI');
  });

  it('answers a read query on Neo4j with one row per MET relation of the graph, and the elements to draw', async () => {
    const answer = await ask(neo4j.url, {
      method: 'POST',
      path: '/api/cypher',
      body: { query: 'MATCH (p:Person)-[r:MET]->(q:Person) RETURN p, r, q ORDER BY p.id, q.id' },
      status: 200,
    });
    expect(answer.status).toBe(200);
    type Row = [{ id: string }, { type: string }, { id: string }];
    const body = answer.body as { columns: string[]; rows: Row[]; elements: { nodes: unknown[]; edges: unknown[] }; truncated: boolean };
    const met = graph.edges.filter((e) => e.attributes.type === 'MET');
    expect(body.columns).toEqual(['p', 'r', 'q']);
    expect(body.rows.map(([p, r, q]) => `${p.id}-${r.type}->${q.id}`).sort()).toEqual(met.map((e) => `${e.source}-MET->${e.target}`).sort());
    expect(body.elements.edges).toHaveLength(met.length);
    expect(body.elements.nodes).toHaveLength(new Set(met.flatMap((e) => [e.source, e.target])).size);
    expect(body.truncated).toBe(false);
  });

  it('refuses a write on Neo4j with 400 and leaves the graph as loaded', async () => {
    const answer = await ask(neo4j.url, { method: 'POST', path: '/api/cypher', body: { query: "MATCH (p:Person) SET p.name = 'pwned' RETURN p" }, status: 400 });
    expect(answer.status).toBe(400);
    expect((answer.body as { error: { code: string } }).error.code).toBe('CYPHER_NOT_READ_ONLY');
    expect(await neo4jStore.listNodes(['Person'])).toEqual(await embeddedStore.listNodes(['Person']));
  });
});
