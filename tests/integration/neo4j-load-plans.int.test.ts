import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/domain/index.js';
import type { GraphStore } from '../../src/domain/store.js';
import * as statements from '../../src/store/neo4j/statements.js';
import { describeWithNeo4j, openNeo4jStore } from '../setup/neo4j.js';
import { scaledSeedGraph } from './support/scaled-seeds.js';

interface PlanNode {
  readonly operatorType: string;
  readonly children: readonly PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType, ...plan.children.flatMap(operators)];
}

/**
 * The load's statements keep their cached plans when the statistics move (statements.ts'
 * KEEP_PLAN), so the plan a statement gets first must be right at any size: planned on an empty
 * database, where no count favours an index, each one finds records by index seeks (or the count
 * store) and scans no label, type or store, and every lookup by id names its index in a hint, so
 * that no statistics, whatever other writers do to them, can choose otherwise.
 */
describeWithNeo4j("the load's kept plans", (target) => {
  let store: GraphStore;
  let driver: Driver;
  beforeAll(async () => {
    store = await openNeo4jStore(target);
    driver = neo4j.driver(target.uri, target.password ? neo4j.auth.basic('neo4j', target.password) : undefined);
    await store.clear();
  });
  afterAll(async () => {
    await store?.close();
    await driver?.close();
  });

  const byType = (ids: string[]) => Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, ids]));
  const row = { id: 'x', source: 'a', target: 'b', props: { id: 'x' } };
  const kept: [string, string, Record<string, unknown>][] = [
    ['STORED_HASHES_BY_ID', statements.STORED_HASHES_BY_ID, { batch: { nodes: ['a'], edges: byType(['x']) } }],
    ['EDGE_ENDS_BY_ID_ALL_TYPES', statements.EDGE_ENDS_BY_ID_ALL_TYPES, { batch: { edges: byType(['x']) } }],
    ['READ_NODES_BY_ID', statements.READ_NODES_BY_ID, { batch: { ids: ['a'] } }],
    ['UPDATE_EDGES', statements.UPDATE_EDGES, { batch: { rows: [{ ...row, type: 'MET' }] } }],
    ['APPEND_EDGES', statements.APPEND_EDGES, { batch: { rows: [{ ...row, type: 'MET', docsAt: [], docsNew: [] }] } }],
    ['UPDATE_NODES_SAME_LABEL', statements.UPDATE_NODES_SAME_LABEL, { batch: { rows: [{ id: 'a', props: { id: 'a' } }] } }],
    ['APPEND_NODES_SAME_LABEL', statements.APPEND_NODES_SAME_LABEL, { batch: { rows: [{ id: 'a', props: { id: 'a' }, docsAt: [], docsNew: [] }] } }],
    ['READ_NODES_WITHOUT_DOCS_BY_ID', statements.READ_NODES_WITHOUT_DOCS_BY_ID, { batch: { ids: ['a'] } }],
    ['NODE_HASHES_BY_ID', statements.NODE_HASHES_BY_ID, { batch: { ids: ['a'] } }],
    ['MISSING_NODE_IDS', statements.MISSING_NODE_IDS, { batch: { ids: ['a'] } }],
    ['READ_LOAD_DIGESTS', statements.READ_LOAD_DIGESTS, {}],
    ['WRITE_LOAD_DIGESTS', statements.WRITE_LOAD_DIGESTS, { digests: new Int8Array(8) }],
    ['MARK_LOAD_DIGESTS_WRITING', statements.MARK_LOAD_DIGESTS_WRITING, {}],
    ['LOCK_LOADS', statements.LOCK_LOADS, {}],
    ...NODE_LABELS.flatMap((l): [string, string, Record<string, unknown>][] => [
      [`UPDATE_NODES ${l}`, statements.UPDATE_NODES[l], { batch: { rows: [row] } }],
      [`RECREATE_NODES ${l}`, statements.RECREATE_NODES[l], { batch: { rows: [row] } }],
      [`APPEND_NODES ${l}`, statements.APPEND_NODES[l], { batch: { rows: [row] } }],
      [`create ${l}`, statements.createNodesStatement(l, ['hash', 'id']), { batch: { rows: [['h', 'a']] } }],
    ]),
    ...RELATIONSHIP_TYPES.flatMap((t): [string, string, Record<string, unknown>][] => [
      [`RECREATE_EDGES ${t}`, statements.RECREATE_EDGES[t], { batch: { rows: [row] } }],
      [`EDGE_ENDS_BY_ID ${t}`, statements.EDGE_ENDS_BY_ID[t], { batch: { ids: ['x'] } }],
      [`EDGE_HASHES_BY_ID ${t}`, statements.EDGE_HASHES_BY_ID[t], { batch: { ids: ['x'] } }],
      [`READ_EDGES_BY_ID ${t}`, statements.READ_EDGES_BY_ID[t], { batch: { ids: ['x'] } }],
      [`create ${t}`, statements.createEdgesStatement(t, ['hash', 'id']), { batch: { rows: [['a', 'b', 'h', 'x']] } }],
    ]),
  ];

  it('are every statement that keeps its plan', () => {
    for (const [name, text] of kept) expect(text.startsWith(statements.KEEP_PLAN), name).toBe(true);
  });

  it('name the id index of every lookup in a hint, and MERGE no relationship', () => {
    for (const [name, text] of kept) {
      const lookups = text.match(/MATCH \([a-z]*:(Node|TradegraphLoadDigests) \{(id|key):|\[r:[A-Z_]+ \{id:/g) ?? [];
      const hints = text.match(/USING INDEX/g) ?? [];
      expect(hints.length, name).toBe(lookups.length);
      expect(text, name).not.toMatch(/MERGE \([a-z]*\)-/);
    }
  });

  // Neo4j caches a plan per size class of each top-level list parameter (statements.ts' batchOf):
  // a load statement given lists that way would be planned again for every new batch size.
  it('take their lists inside the one map parameter $batch, so that one plan serves every batch size', () => {
    for (const [name, text] of kept) {
      const parameters = new Set([...text.matchAll(/\$([A-Za-z_]+)/g)].map((m) => m[1]));
      for (const parameter of parameters) expect(['batch', 'digests', 'delta'], `${name}: $${parameter}`).toContain(parameter);
    }
  });

  /** Each kept statement planned afresh (replan=force) on the database as it is now: the scans found. */
  const scansPlanned = async (): Promise<string[]> => {
    const scans: string[] = [];
    for (const [name, text, params] of kept) {
      const explained = await driver.executeQuery(text.replace(statements.KEEP_PLAN, 'CYPHER replan=force EXPLAIN '), params, { database: 'neo4j' });
      const found = operators(explained.summary.plan as unknown as PlanNode);
      expect(found.length, name).toBeGreaterThan(0);
      for (const operator of found) if (/Scan/.test(operator)) scans.push(`${name}: ${operator}`);
    }
    return scans;
  };

  it('seek by index and scan nothing when planned on an empty database', { timeout: 300_000 }, async () => {
    expect(await scansPlanned()).toEqual([]);
  });

  // A few records of each type make scanning a whole type and joining on id look cheap to the
  // planner (it once chose that for the endpoint reads while other tests wrote to the server).
  it('seek by index and scan nothing when planned on a database holding a few records', { timeout: 300_000 }, async () => {
    await store.load(await scaledSeedGraph(1));
    try {
      expect(await scansPlanned()).toEqual([]);
    } finally {
      await store.clear();
    }
  });
});
