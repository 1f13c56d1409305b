/**
 * Neo4j load throughput: a generated graph of 100k nodes and 300k relationships through the
 * store's batched UNWIND load (10k rows a transaction, the store's default), against the same store loading a 1k-element
 * sample one row per transaction (batchSize 1), the naive way; BENCH_RELOAD=1 also times loading it
 * all again (the read-merge-write path). Starts its own Neo4j unless NEO4J_URI names an empty
 * database (it never clears a database that holds data). Targets: ≥ 50k elements/s, ≥ 20×.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EdgeRecord, GraphData, NodeRecord } from '../../src/domain/graph.js';
import { SCHEMA_VERSION } from '../../src/domain/graph.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/domain/labels.js';
import type { GraphStore } from '../../src/domain/store.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { findJava, freePort, startNeo4j, type RunningNeo4j } from '../../scripts/neo4j-launcher.js';

const NODES = Number(process.env.BENCH_NODES ?? 100_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 300_000);
const NAIVE_SAMPLE = 1_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run loads the same graph. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateGraph(nodeCount: number, edgeCount: number, seed = 1): GraphData {
  const next = random(seed);
  const nodes: NodeRecord[] = Array.from({ length: nodeCount }, (_, i) => {
    const label = NODE_LABELS[i % NODE_LABELS.length]!;
    return {
      id: `${label.toLowerCase()}:n${String(i).padStart(7, '0')}`,
      attributes: { label, name: `${label} ${i}`, aliases: [`alias ${i}`], docIds: [`doc:d${i % 997}`] },
    };
  });
  const edges = new Map<string, EdgeRecord>();
  while (edges.size < edgeCount) {
    const source = nodes[Math.floor(next() * nodeCount)]!.id;
    const target = nodes[Math.floor(next() * nodeCount)]!.id;
    const type = RELATIONSHIP_TYPES[Math.floor(next() * RELATIONSHIP_TYPES.length)]!;
    const id = `${type}:${source}->${target}`;
    const docId = `doc:d${edges.size % 997}`;
    edges.set(id, {
      id,
      source,
      target,
      attributes: {
        type,
        docIds: [docId],
        count: 1,
        firstDate: '2024-05-01',
        lastDate: '2024-05-01',
        evidence: [{ docId, date: '2024-05-01', sentence: `${source} and ${target}.`, sentenceStart: 0, start: 0, end: source.length }],
      },
    });
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { schemaVersion: SCHEMA_VERSION, nodes: nodes.sort(byId), edges: [...edges.values()].sort(byId) };
}

async function timed(store: GraphStore, graph: GraphData): Promise<{ seconds: number; elements: number }> {
  const started = performance.now();
  await store.load(graph);
  return { seconds: (performance.now() - started) / 1000, elements: graph.nodes.length + graph.edges.length };
}

export default async function neo4jLoadBench(): Promise<void> {
  let server: RunningNeo4j | null = null;
  let home: string | null = null;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    if (!findJava()) {
      console.log('neo4j-load: skipped, Java 17 not found and NEO4J_URI unset');
      return;
    }
    home = mkdtempSync(join(tmpdir(), 'tradegraph-neo4j-bench-'));
    // As `npm run neo4j:start` runs it: ParallelGC and a 2 GiB heap (10k-row transactions), the store in page cache.
    server = await startNeo4j({ port: await freePort(), home, heap: '2g', pageCache: '512m', gc: 'parallel' });
    uri = server.uri;
  }
  const config = { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: server ? '' : (process.env.NEO4J_PASSWORD ?? ''), database: process.env.NEO4J_DATABASE ?? 'neo4j' };
  const batched = await createNeo4jStore(config);
  const naive = await createNeo4jStore(config, { batchSize: 1 });
  try {
    const before = await batched.counts();
    if (Object.keys(before.nodesByLabel).length > 0) {
      console.log(`neo4j-load: skipped, the database at ${uri} holds data and this benchmark clears it`);
      return;
    }
    const graph = generateGraph(NODES, EDGES);
    const sample = generateGraph(NAIVE_SAMPLE * 0.35, NAIVE_SAMPLE * 0.65, 3);

    // Warm-up: plan every statement once, as a long-running server would have.
    await batched.load(generateGraph(1_000, 3_000, 7));
    await batched.clear();

    const naiveRun = await timed(naive, sample);
    await batched.clear();
    const full = await timed(batched, graph);
    // The merge path (read, merge, write every record) costs as much again; off by default to keep the run short.
    const reload = process.env.BENCH_RELOAD ? await timed(batched, graph) : null;

    const rate = (run: { seconds: number; elements: number }) => run.elements / run.seconds;
    console.log(`neo4j-load: graph, ${graph.nodes.length} nodes + ${graph.edges.length} relationships`);
    console.log(`neo4j-load: batched load, ${full.seconds.toFixed(1)} s`);
    console.log(`neo4j-load: batched load throughput, ${Math.round(rate(full))} elements/s`);
    if (reload) console.log(`neo4j-load: reload of the same graph (all merges), ${Math.round(rate(reload))} elements/s`);
    console.log(`neo4j-load: naive one-row-per-transaction load of ${naiveRun.elements} elements, ${Math.round(rate(naiveRun))} elements/s`);
    console.log(`neo4j-load: batched / naive, ${(rate(full) / rate(naiveRun)).toFixed(1)} ×`);
    await batched.clear();
  } finally {
    await Promise.allSettled([batched.close(), naive.close()]);
    await server?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  }
}
