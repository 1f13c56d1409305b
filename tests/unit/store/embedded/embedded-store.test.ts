import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../../src/store/embedded/index.js';
import type { EdgeRecord, Evidence, GraphData, NodeRecord } from '../../../../src/domain/index.js';
import { SCHEMA_VERSION } from '../../../../src/domain/index.js';
import { fixtureGraph, ids } from '../../query/fixture-graph.js';

const person = (id: string, docIds: string[], aliases: string[] = []): NodeRecord => ({
  id,
  attributes: { label: 'Person', name: id.toUpperCase(), aliases, docIds, firstSeen: '2025-01-01', lastSeen: '2025-01-01' },
});
const evidence = (docId: string, date: string, start: number): Evidence => ({ docId, date, sentence: 's', sentenceStart: 0, start, end: start + 3 });
const link = (id: string, source: string, target: string, type: EdgeRecord['attributes']['type'], ev: Evidence[]): EdgeRecord => ({
  id,
  source,
  target,
  attributes: { type, docIds: ev.map((e) => e.docId), count: ev.length, evidence: ev, firstDate: ev[0]!.date!, lastDate: ev[0]!.date! },
});
const graph = (nodes: NodeRecord[], edges: EdgeRecord[] = []): GraphData => ({ schemaVersion: SCHEMA_VERSION, nodes, edges });

/** a–b–d and a–c–d (two shortest paths), a–e–f–d longer, plus a MENTIONS shortcut doc→a, doc→d. */
function diamond(): GraphData {
  const ev = [evidence('doc:1', '2025-01-01', 0)];
  return graph(
    ['a', 'b', 'c', 'd', 'e', 'f', 'doc'].map((id) => person(id, [])),
    [
      link('MET:a->b', 'a', 'b', 'MET', ev),
      link('MET:b->d', 'b', 'd', 'MET', ev),
      link('REPRESENTS:a->c', 'a', 'c', 'REPRESENTS', ev),
      link('MET:a->c', 'a', 'c', 'MET', ev),
      link('MET:d->c', 'd', 'c', 'MET', ev),
      link('MET:a->e', 'a', 'e', 'MET', ev),
      link('MET:e->f', 'e', 'f', 'MET', ev),
      link('MET:f->d', 'f', 'd', 'MET', ev),
      link('MENTIONS:doc->a', 'doc', 'a', 'MENTIONS', ev),
      link('MENTIONS:doc->d', 'doc', 'd', 'MENTIONS', ev),
    ],
  );
}

describe('createEmbeddedStore', () => {
  it('reports what a first load created and a repeated load only updated, leaving the graph unchanged', async () => {
    const store = createEmbeddedStore();
    const data = fixtureGraph();
    expect(await store.load(data)).toEqual({ nodesCreated: data.nodes.length, nodesUpdated: 0, edgesCreated: data.edges.length, edgesUpdated: 0 });
    const before = { nodes: await store.listNodes(), edge: await store.getEdge(data.edges[0]!.id) };
    expect(await store.load(data)).toEqual({ nodesCreated: 0, nodesUpdated: data.nodes.length, edgesCreated: 0, edgesUpdated: data.edges.length });
    expect(await store.listNodes()).toEqual(before.nodes);
    expect(await store.getEdge(data.edges[0]!.id)).toEqual(before.edge);
  });

  it('unions the documents and aliases of a node loaded twice', async () => {
    const store = createEmbeddedStore(graph([person('p', ['doc:2'], ['P.'])]));
    await store.load(graph([person('p', ['doc:1'], ['Mr P'])]));
    const node = await store.getNode('p');
    expect(node?.attributes.docIds).toEqual(['doc:1', 'doc:2']);
    expect(node?.attributes.aliases).toEqual(['Mr P', 'P.']);
  });

  it('unions edge evidence once per sentence span, sorted by date, and recounts it', async () => {
    const first = [evidence('doc:b', '2025-03-01', 10)];
    const second = [evidence('doc:a', '2025-02-01', 5), evidence('doc:b', '2025-03-01', 10)];
    const store = createEmbeddedStore(graph([person('p', []), person('q', [])], [link('MET:p->q', 'p', 'q', 'MET', first)]));
    await store.load(graph([], [link('MET:p->q', 'p', 'q', 'MET', second)]));
    const edge = await store.getEdge('MET:p->q');
    expect(edge?.attributes.evidence.map((e) => e.docId)).toEqual(['doc:a', 'doc:b']);
    expect(edge?.attributes).toMatchObject({ count: 2, docIds: ['doc:a', 'doc:b'], firstDate: '2025-02-01', lastDate: '2025-03-01' });
  });

  it('refuses an edge whose endpoint is nowhere, leaving the store untouched', async () => {
    const store = createEmbeddedStore();
    const bad = graph([person('p', [])], [link('MET:p->ghost', 'p', 'ghost', 'MET', [evidence('d', '2025-01-01', 0)])]);
    await expect(store.load(bad)).rejects.toMatchObject({ code: 'EDGE_ENDPOINT_MISSING' });
    expect(await store.listNodes()).toEqual([]);
  });

  it('counts nodes by label and edges by type', async () => {
    const counts = await createEmbeddedStore(fixtureGraph()).counts();
    expect(counts.nodesByLabel).toEqual({ Agreement: 2, Country: 3, Document: 2, Event: 2, Organization: 3, Person: 4 });
    expect(counts.edgesByType.MET).toBe(2);
  });

  it('lists nodes of the asked labels sorted by id, and getNodes skips unknown ids', async () => {
    const store = createEmbeddedStore(fixtureGraph());
    expect((await store.listNodes(['Country'])).map((n) => n.id)).toEqual(['country:EU', 'country:KR', 'country:US']);
    expect((await store.getNodes([ids.YEO, 'nope', ids.KIM, ids.YEO])).map((n) => n.id)).toEqual([ids.KIM, ids.YEO]);
    expect(await store.getNode('nope')).toBeNull();
    expect(await store.getEdge('nope')).toBeNull();
  });

  it.each([
    ['out', undefined, ['ATTENDED', 'HOLDS_POSITION', 'REPRESENTS', 'SIGNED']],
    ['in', undefined, ['MENTIONS', 'MET']],
    ['both', ['MET', 'MENTIONS'] as const, ['MENTIONS', 'MET']],
  ] as const)('returns the %s edges of a node filtered by type, sorted by id', async (direction, types, expected) => {
    const store = createEmbeddedStore(fixtureGraph());
    const edges = await store.edgesOf(ids.YEO, { direction, ...(types ? { types } : {}) });
    expect(edges.map((e) => e.id)).toEqual([...edges.map((e) => e.id)].sort());
    expect([...new Set(edges.map((e) => e.attributes.type))].sort()).toEqual(expected);
  });

  it('sees edges loaded after a node’s edges were first asked for', async () => {
    const store = createEmbeddedStore(graph([person('p', []), person('q', [])]));
    expect(await store.edgesOf('p')).toEqual([]);
    await store.load(graph([], [link('MET:p->q', 'p', 'q', 'MET', [evidence('d', '2025-01-01', 0)])]));
    expect((await store.edgesOf('p')).map((e) => e.id)).toEqual(['MET:p->q']);
    await store.clear();
    expect(await store.edgesOf('p')).toEqual([]);
  });

  it('finds every shortest path ignoring direction, ordered by node ids then edge ids', async () => {
    const store = createEmbeddedStore(diamond());
    const paths = await store.shortestPaths('a', 'd', { maxDepth: 4, limit: 10 });
    expect(paths).toEqual([
      { nodes: ['a', 'b', 'd'], edges: ['MET:a->b', 'MET:b->d'] },
      { nodes: ['a', 'c', 'd'], edges: ['MET:a->c', 'MET:d->c'] },
      { nodes: ['a', 'c', 'd'], edges: ['REPRESENTS:a->c', 'MET:d->c'] },
    ]);
  });

  it.each([
    ['stops at the limit', { maxDepth: 4, limit: 1 }, [['a', 'b', 'd']]],
    ['finds nothing beyond maxDepth', { maxDepth: 1, limit: 10 }, []],
    ['uses MENTIONS only when asked', { maxDepth: 4, limit: 10, types: ['MENTIONS'] as const }, [['a', 'doc', 'd']]],
    ['keeps to the asked types', { maxDepth: 4, limit: 10, types: ['REPRESENTS', 'MET'] as const }, [['a', 'b', 'd'], ['a', 'c', 'd'], ['a', 'c', 'd']]],
  ])('shortestPaths %s', async (_name, query, expected) => {
    const paths = await createEmbeddedStore(diamond()).shortestPaths('a', 'd', query);
    expect(paths.map((p) => p.nodes)).toEqual(expected);
  });

  it('gives no path from or to an unknown node and the empty path from a node to itself', async () => {
    const store = createEmbeddedStore(diamond());
    expect(await store.shortestPaths('a', 'zz', { maxDepth: 3, limit: 5 })).toEqual([]);
    expect(await store.shortestPaths('a', 'a', { maxDepth: 3, limit: 5 })).toEqual([{ nodes: ['a'], edges: [] }]);
  });

  it('refuses Cypher with CYPHER_NOT_SUPPORTED and says how to start Neo4j', async () => {
    const store = createEmbeddedStore();
    expect(store.capabilities.cypher).toBe(false);
    const failure = store.cypher('MATCH (n) RETURN n', {}, { timeoutMs: 1000, rowLimit: 10 });
    await expect(failure).rejects.toMatchObject({ code: 'CYPHER_NOT_SUPPORTED', name: 'NotSupportedError' });
    await expect(failure).rejects.toThrow(/neo4j:start[\s\S]*NEO4J_URI/);
  });

  it('is empty after clear', async () => {
    const store = createEmbeddedStore(fixtureGraph());
    await store.clear();
    expect(await store.counts()).toEqual({ nodesByLabel: {}, edgesByType: {} });
  });
});

describe('createEmbeddedStore(graph)', () => {
  it('merges records given twice in the first graph, as a later load would', async () => {
    const ev = [evidence('doc:1', '2025-01-01', 0), evidence('doc:2', '2025-02-01', 5)];
    const store = createEmbeddedStore(
      graph(
        [person('a', ['doc:1'], ['A1']), person('a', ['doc:2'], ['A2']), person('b', [])],
        [link('MET:a->b', 'a', 'b', 'MET', [ev[0]!]), link('MET:a->b', 'a', 'b', 'MET', [ev[1]!])],
      ),
    );
    expect((await store.getNode('a'))?.attributes).toMatchObject({ aliases: ['A1', 'A2'], docIds: ['doc:1', 'doc:2'] });
    expect((await store.getEdge('MET:a->b'))?.attributes.count).toBe(2);
  });

  it('refuses a first graph with an edge to a node it lacks', () => {
    expect(() => createEmbeddedStore(graph([person('a', [])], [link('MET:a->z', 'a', 'z', 'MET', [evidence('doc:1', '2025-01-01', 0)])]))).toThrow(
      expect.objectContaining({ code: 'EDGE_ENDPOINT_MISSING' }),
    );
  });
});
