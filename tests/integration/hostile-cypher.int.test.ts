import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphStore } from '../../src/domain/store.js';
import { DEFAULT_CYPHER_LIMITS } from '../../src/query/index.js';
import { fixtureGraph } from '../contract/fixture-graph.js';
import { describeWithNeo4j, openNeo4jStore } from '../setup/neo4j.js';
import { serveStore, type ApiServer } from './support/api-server.js';
import { HOSTILE_QUERIES, type HostileQuery } from './support/hostile-cypher.js';

/** A short timeout keeps the runaway queries, and so the suite, quick; the deadline adds 1 s. */
const LIMITS = { ...DEFAULT_CYPHER_LIMITS, timeoutMs: 2_000 };
const MAX_CONCURRENT = 2;
/** Every hostile query is answered within this. */
const ANSWER_WITHIN_MS = 10_000;
/** Codes that say a limit stopped a query that had started, rather than a refusal before it ran. */
const STOPPED = new Set(['CYPHER_TIMEOUT', 'CYPHER_MEMORY_LIMIT', 'CYPHER_RESULT_TOO_LARGE']);

interface Outcome {
  readonly hostile: HostileQuery;
  readonly status: number;
  readonly code: string;
  readonly body: string;
  readonly ms: number;
}

/**
 * Posts as a polite client does: a 503 CYPHER_BUSY ("every slot is taken; try again shortly")
 * means an earlier stopped query still holds its slot on the server while Neo4j winds it down, so
 * the query is sent again after a moment. The answer that counts is the one after the slot frees,
 * timed from the first attempt, so a busy server still has to answer within ANSWER_WITHIN_MS.
 */
async function postUntilServed(url: string, query: string, params?: Readonly<Record<string, unknown>>): Promise<{ status: number; code: string; body: string; ms: number }> {
  const started = performance.now();
  for (;;) {
    const answer = await post(url, query, params);
    const ms = performance.now() - started;
    if (answer.status !== 503 || answer.code !== 'CYPHER_BUSY' || ms > ANSWER_WITHIN_MS) return { ...answer, ms };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function post(url: string, query: string, params: Readonly<Record<string, unknown>> = {}): Promise<{ status: number; code: string; body: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  const code = response.ok ? '' : ((JSON.parse(body) as { error: { code: string } }).error.code ?? '');
  return { status: response.status, code, body, ms: performance.now() - started };
}

/** Asks GET /api/stats every 250 ms until stopped: the rest of the API must keep answering. */
function probeStats(url: string) {
  const answers: { status: number; ms: number }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const status = await fetch(`${url}/api/stats`, { signal: AbortSignal.timeout(5_000) }).then(
        (r) => r.status,
        () => 0,
      );
      answers.push({ status, ms: performance.now() - started });
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return {
    answers,
    stop: async () => {
      running = false;
      await loop;
      return answers;
    },
  };
}

/** A hash of everything a write could change: nodes, relationships, tokens, indexes, constraints. */
async function graphChecksum(driver: Driver): Promise<string> {
  const read = async (query: string) =>
    (await driver.executeQuery(query, {}, { database: 'neo4j', routing: 'READ' })).records.map((r) => JSON.stringify(r.toObject(), (_k, v: unknown) => (neo4j.isInt(v) ? v.toString() : v)));
  const parts = [
    await read('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id'),
    await read('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, properties(r) AS props, b.id AS b ORDER BY r.id, a, b'),
    await read('CALL db.labels() YIELD label RETURN label ORDER BY label'),
    await read('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType'),
    await read('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name'),
    await read('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name'),
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

describeWithNeo4j('hostile Cypher against POST /api/cypher on Neo4j', (target) => {
  let store: GraphStore;
  let api: ApiServer;
  let driver: Driver;
  let before: string;

  beforeAll(async () => {
    store = await openNeo4jStore(target, { userQueries: { maxConcurrent: MAX_CONCURRENT } });
    await store.clear();
    await store.load(fixtureGraph);
    api = await serveStore(store, { webDir: null, cypherLimits: LIMITS });
    driver = neo4j.driver(target.uri, target.password ? neo4j.auth.basic('neo4j', target.password) : undefined);
    before = await graphChecksum(driver);
  });
  afterAll(async () => {
    await api?.close();
    await store?.close();
    await driver?.close();
  });

  it(`refuses or stops each of ${HOSTILE_QUERIES.length} hostile queries within 10 s with a 4xx, writes nothing, and the rest of the API answers throughout`, async () => {
    expect(HOSTILE_QUERIES.length).toBeGreaterThanOrEqual(100);
    const probe = probeStats(api.url);
    const outcomes: Outcome[] = [];
    for (const hostile of HOSTILE_QUERIES) {
      outcomes.push({ hostile, ...(await postUntilServed(api.url, hostile.query, hostile.params)) });
    }
    const probes = await probe.stop();
    const after = await graphChecksum(driver);

    const refused = outcomes.filter((o) => o.status >= 400 && o.status < 500 && !STOPPED.has(o.code));
    const stopped = outcomes.filter((o) => STOPPED.has(o.code));
    const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a));
    const tally = new Map<string, number>();
    for (const o of outcomes) tally.set(`${o.status} ${o.code}`, (tally.get(`${o.status} ${o.code}`) ?? 0) + 1);
    const byCode = [...tally].map(([answer, n]) => `${answer}: ${n}`);
    console.log(
      [
        `[hostile cypher] queries ${outcomes.length}, refused ${refused.length}, stopped ${stopped.length}, other ${outcomes.length - refused.length - stopped.length}`,
        `[hostile cypher] slowest ${Math.round(slowest.ms)} ms (${slowest.hostile.kind}: ${slowest.hostile.query.slice(0, 60)}), writes ${after === before ? 0 : 'CHANGED'}`,
        `[hostile cypher] by answer: ${byCode.join(', ')}`,
        `[hostile cypher] /api/stats probes ${probes.length}, failed ${probes.filter((p) => p.status !== 200).length}, slowest ${Math.round(Math.max(...probes.map((p) => p.ms)))} ms`,
      ].join('\n'),
    );

    const misanswered = outcomes.filter((o) => o.status < 400 || o.status >= 500 || o.ms > ANSWER_WITHIN_MS || o.body.includes('bolt://'));
    expect(misanswered.map((o) => `${o.hostile.kind} ${o.status} ${o.code} ${Math.round(o.ms)} ms: ${o.hostile.query.slice(0, 80)}`)).toEqual([]);
    expect(after).toBe(before);
    expect(probes.length).toBeGreaterThan(0);
    expect(probes.filter((p) => p.status !== 200)).toEqual([]);
  }, 300_000);

  it('answers ordinary queries afterwards: Neo4j and the API are alive', async () => {
    const answer = await post(api.url, 'MATCH (n:Person) RETURN count(n) AS n');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ columns: ['n'], rows: [[fixtureGraph.nodes.filter((n) => n.attributes.label === 'Person').length]] });
    const stats = await fetch(`${api.url}/api/stats`);
    expect(stats.status).toBe(200);
  });

  it('refuses 110 parser bombs sent at once with 400s, and RETURN 1 and /api/stats answer right after', async () => {
    const bomb = `RETURN ${'['.repeat(400)}1${']'.repeat(400)}`;
    const answers = await Promise.all(Array.from({ length: 110 }, () => post(api.url, bomb)));
    expect(new Set(answers.map((a) => `${a.status} ${a.code}`))).toEqual(new Set(['400 CYPHER_TOO_DEEP']));
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(ANSWER_WITHIN_MS);
    expect((await post(api.url, 'RETURN 1')).status).toBe(200);
    expect((await fetch(`${api.url}/api/stats`)).status).toBe(200);
  });

  it(`runs at most ${MAX_CONCURRENT} user queries at once: the rest are 503 CYPHER_BUSY at once, and /api/stats keeps answering`, async () => {
    await untilAllSlotsFree(api.url);
    const probe = probeStats(api.url);
    const slow = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*)';
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(api.url, slow)));
    const probes = await probe.stop();
    const codes = answers.map((a) => `${a.status} ${a.code}`).sort();
    expect(codes).toEqual([...Array(MAX_CONCURRENT).fill('400 CYPHER_TIMEOUT'), ...Array(8 - MAX_CONCURRENT).fill('503 CYPHER_BUSY')].sort());
    expect(answers.filter((a) => a.code === 'CYPHER_BUSY').every((a) => a.ms < 1_000)).toBe(true);
    expect(probes.filter((p) => p.status !== 200)).toEqual([]);
  });

  it('keeps a slot taken while Neo4j still computes an expression past its timeout, and frees it once Neo4j lets go', async () => {
    // 10,000² steps in one expression: Neo4j checks the timeout only between rows, so this runs on
    // for many seconds after the answer CYPHER_TIMEOUT has gone out.
    const cpu = 'UNWIND range(1, 10000) AS i WITH collect(i) AS ns RETURN any(a IN ns WHERE any(b IN ns WHERE a * b = -1)) AS x';
    // The test before may leave slots held until Neo4j lets go of its runaway queries: start from a free pool.
    await untilAllSlotsFree(api.url);
    const answers = await Promise.all(Array.from({ length: MAX_CONCURRENT }, () => post(api.url, cpu)));
    expect(answers.map((a) => `${a.status} ${a.code}`)).toEqual(Array(MAX_CONCURRENT).fill('400 CYPHER_TIMEOUT'));
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(ANSWER_WITHIN_MS);
    // Both slots are still held: a further query is turned away rather than piling onto Neo4j.
    expect((await post(api.url, 'RETURN 1')).code).toBe('CYPHER_BUSY');
    let last = await post(api.url, 'RETURN 1');
    for (let waited = 0; last.status !== 200 && waited < 120_000; waited += 1_000) {
      await new Promise((r) => setTimeout(r, 1_000));
      last = await post(api.url, 'RETURN 1');
    }
    expect(last.status).toBe(200);
  }, 180_000);
});

/** Waits (up to two minutes) until every user-query slot takes a query at once. */
async function untilAllSlotsFree(url: string): Promise<void> {
  for (let waited = 0; waited < 120_000; waited += 500) {
    const answers = await Promise.all(Array.from({ length: MAX_CONCURRENT }, () => post(url, 'RETURN 1')));
    if (answers.every((a) => a.status === 200)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the user-query slots never all came free');
}
