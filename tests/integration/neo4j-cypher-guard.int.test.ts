import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphStore } from '../../src/domain/store.js';
import { fixtureGraph, ids } from '../contract/fixture-graph.js';
import { describeWithNeo4j, openNeo4jStore } from '../setup/neo4j.js';

const limits = { timeoutMs: 20_000, rowLimit: 1000 };

describeWithNeo4j('user Cypher on the Neo4j store', (target) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openNeo4jStore(target);
    await store.clear();
    await store.load(fixtureGraph);
  });
  afterAll(async () => store?.close());

  it.each([
    ['a CREATE', 'CREATE (n:Pwned) RETURN n', 'CYPHER_NOT_READ_ONLY'],
    ['a MERGE', "MERGE (n:Pwned {id: 'x'}) RETURN n", 'CYPHER_NOT_READ_ONLY'],
    ['a SET on stored nodes', "MATCH (n:Person) SET n.name = 'pwned' RETURN n", 'CYPHER_NOT_READ_ONLY'],
    ['a DETACH DELETE', 'MATCH (n) DETACH DELETE n', 'CYPHER_NOT_READ_ONLY'],
    ['a REMOVE', 'MATCH (n:Person) REMOVE n.name RETURN n', 'CYPHER_NOT_READ_ONLY'],
    ['a write inside FOREACH', 'MATCH (n:Person) FOREACH (x IN [1] | CREATE (:Pwned)) RETURN n', 'CYPHER_NOT_READ_ONLY'],
    ['a write inside a subquery', 'MATCH (n:Person) CALL (n) { CREATE (:Pwned) } RETURN n', 'CYPHER_NOT_READ_ONLY'],
    ['a CREATE after a line comment', '// only reading\nCREATE (:Pwned)', 'CYPHER_NOT_READ_ONLY'],
    ['a CREATE after a block comment', '/* MATCH (n) RETURN n */ CREATE (:Pwned)', 'CYPHER_NOT_READ_ONLY'],
    ['a schema change', 'CREATE INDEX pwned IF NOT EXISTS FOR (n:Pwned) ON (n.x)', 'CYPHER_NOT_READ_ONLY'],
    ['dropping a constraint', 'DROP CONSTRAINT tradegraph_node_id', 'CYPHER_NOT_READ_ONLY'],
    ['a write procedure', "CALL db.createLabel('Pwned')", 'CYPHER_NOT_READ_ONLY'],
    ['a dbms admin procedure', 'CALL dbms.listConfig()', 'CYPHER_NOT_READ_ONLY'],
    ['a dbms.security procedure', "CALL dbms.security.createUser('eve', 'password123', false)", 'CYPHER_INVALID'],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'CYPHER_NOT_ALLOWED'],
    ['an admin SHOW command', 'SHOW TRANSACTIONS', 'CYPHER_NOT_ALLOWED'],
    ['a read procedure outside the allowed list', 'CALL db.info()', 'CYPHER_NOT_ALLOWED'],
    ['two statements, the second a delete', 'MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', 'CYPHER_SYNTAX'],
    ['a PROFILE, which would execute', 'PROFILE CREATE (:Pwned)', 'CYPHER_INVALID'],
    ['batched writes in transactions', 'CALL () { CREATE (:Pwned) } IN TRANSACTIONS RETURN 1', 'CYPHER_NOT_READ_ONLY'],
  ])('refuses %s', async (_what, query, code) => {
    await expect(store.cypher(query, {}, limits)).rejects.toMatchObject({ name: 'CypherRejectedError', code });
  });

  it('points at the syntax error in the query as written, not in the EXPLAIN it is planned with', async () => {
    const refusal = store.cypher('MATCH (n)\nRETURN n x', {}, limits);
    await expect(refusal).rejects.toMatchObject({ code: 'CYPHER_SYNTAX' });
    await expect(refusal).rejects.toThrow(/line 2, column 10 \(offset: 19\)/);
    await expect(refusal).rejects.not.toThrow(/EXPLAIN/);
  });

  it('leaves the stored graph exactly as loaded after every refusal', async () => {
    expect(await store.listNodes()).toEqual(fixtureGraph.nodes);
    // Besides the graph's :Node nodes the store keeps one node of load bookkeeping (bucket digests).
    const stray = await store.cypher('MATCH (n) WHERE NOT n:Node AND NOT n:TradegraphLoadDigests RETURN count(n) AS stray', {}, limits);
    expect(stray.rows).toEqual([[0]]);
    const bookkeeping = await store.cypher('MATCH (d:TradegraphLoadDigests) RETURN count(d) AS digests', {}, limits);
    expect(bookkeeping.rows).toEqual([[1]]);
  });

  it('answers a read query with plain rows and the nodes and edges it touched', async () => {
    const result = await store.cypher(
      'MATCH (a:Person {id: $id})-[r:MET]-(b) RETURN a, r, b.name AS name, r.count AS count',
      { id: ids.kim },
      limits,
    );
    expect(result.columns).toEqual(['a', 'r', 'name', 'count']);
    expect(result.rows).toHaveLength(1);
    const [a, r, name, count] = result.rows[0]!;
    expect(a).toMatchObject({ id: ids.kim, labels: ['Node', 'Person'], properties: { name: 'Kim Jung-kwan' } });
    expect(r).toMatchObject({ type: 'MET', source: ids.reynolds, target: ids.kim });
    expect([name, count]).toEqual(['Jonathan Reynolds', 1]);
    expect(result.nodes.map((n) => n.id)).toEqual([ids.kim]);
    expect(result.edges).toEqual(fixtureGraph.edges.filter((e) => e.attributes.type === 'MET'));
  });

  it('finds the endpoints of returned relationships whose nodes were not returned', async () => {
    const result = await store.cypher("MATCH ()-[r:REPRESENTS]->() RETURN r", {}, limits);
    expect(result.edges.map((e) => [e.source, e.target])).toEqual([[ids.reynolds, ids.gb]]);
  });

  it('returns paths as their nodes and relationships', async () => {
    const result = await store.cypher('MATCH p = (:Person {id: $from})-[:REPRESENTS]->(:Country) RETURN p', { from: ids.reynolds }, limits);
    const [path] = result.rows[0]! as [{ nodes: { id: string }[]; relationships: { type: string }[] }];
    expect(path.nodes.map((n) => n.id)).toEqual([ids.reynolds, ids.gb]);
    expect(path.relationships.map((r) => r.type)).toEqual(['REPRESENTS']);
  });

  it('keeps at most rowLimit rows and says the answer was truncated', async () => {
    const result = await store.cypher('MATCH (n:Node) RETURN n.id AS id ORDER BY id', {}, { ...limits, rowLimit: 3 });
    expect(result.rows).toHaveLength(3);
    expect(result.truncated).toBe(true);
  });

  it('passes whole-number parameters as integers, so LIMIT $n works', async () => {
    const result = await store.cypher('MATCH (n:Person) RETURN n.id AS id ORDER BY id LIMIT $n', { n: 2 }, limits);
    expect(result.rows).toEqual([[ids.reynolds], [ids.kim]]);
  });

  it('allows the schema introspection procedures', async () => {
    const result = await store.cypher('CALL db.labels() YIELD label RETURN label ORDER BY label', {}, limits);
    expect(result.rows.map(([label]) => label)).toEqual(['Agreement', 'Country', 'Document', 'Event', 'Node', 'Organization', 'Person', 'TradegraphLoadDigests', 'TradegraphLoadLock']);
  });

  it('searches names and aliases through the graph schema\'s full-text index', async () => {
    const result = await store.cypher(
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id",
      { q: 'Sefcovic' },
      limits,
    );
    expect(result.rows).toEqual([[ids.sefcovic]]);
  });

  it('stops a query that runs past its time limit', async () => {
    const slow = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n';
    await expect(store.cypher(slow, {}, { timeoutMs: 300, rowLimit: 10 })).rejects.toMatchObject({ code: 'CYPHER_TIMEOUT' });
  });

  it('converts temporal values to ISO strings and integers to numbers', async () => {
    const result = await store.cypher("RETURN date('2024-01-15') AS d, datetime('2024-01-15T10:00:00Z') AS t, 42 AS n, [1, 2] AS xs", {}, limits);
    expect(result.rows).toEqual([['2024-01-15', '2024-01-15T10:00:00Z', 42, [1, 2]]]);
  });
});
