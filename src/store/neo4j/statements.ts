import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../domain/index.js';
import { EDGE_WITHOUT_EVIDENCE } from './records.js';

/**
 * Every Cypher statement the store runs. Labels and relationship types cannot be parameters, so
 * each per-label or per-type statement is expanded here once, at module load, from the domain's
 * constant lists — never from input. Values always travel as $params.
 *
 * Every node also carries the `:Node` label with a unique `id`, so an edge's endpoints are found by
 * one index seek whatever their label.
 */

const IDENTIFIER = /^[A-Z][A-Za-z_]*$/;

/**
 * The prefix of the load's statements. Neo4j replans a cached statement when the counts it was
 * planned with have moved far enough, which after a first load (or once a small type grows by 1%)
 * is every one of them: ~25 plans, up to a second or two each for the union statements, more than
 * a +1% load's own work. `replan=skip` keeps the cached plan, which is safe only because no plan
 * here depends on the statistics: every lookup is pinned to its id index by a `USING INDEX` hint
 * (an unhinted MERGE between two bound nodes was once planned as a relationship index scan on a
 * near-empty database, and would have been kept), and no statement MERGEs a relationship.
 * tests/integration/neo4j-load-plans.int.test.ts plans each on an empty database and finds no scan.
 */
export const KEEP_PLAN = 'CYPHER replan=skip ';

/**
 * The one parameter of the load's statements that take lists: a map, `{ batch: { rows } }` or
 * `{ batch: { ids } }`, read as `$batch.rows`. Neo4j caches a plan per statement text and per size
 * class of each list parameter (0, 1, 2–9, 10–99, …: measured on 5.26 by db.clearQueryCaches'
 * count), so a statement given 10,000 rows by a first load and 1, 6 or 95 by a load adding
 * releases was planned again for each class it met, each time costing what a first planning costs
 * (~0.5 s of server time on the shared machine). A list inside a map is not sized: one plan each.
 */
export function batchOf<T extends Record<string, unknown>>(values: T): { readonly batch: T } {
  return { batch: values };
}

/** `USING INDEX` hints on the id indexes (schema below): a node by its :Node id, a relationship by its type's id. */
const NODE_BY_ID = (v: string) => `USING INDEX SEEK ${v}:Node(id)`;
const EDGE_BY_ID = (v: string, t: string) => `USING INDEX SEEK ${v}:${t}(id)`;

function expand<K extends string>(names: readonly K[], template: (name: K) => string): Readonly<Record<K, string>> {
  return Object.freeze(
    Object.fromEntries(
      names.map((name) => {
        if (!IDENTIFIER.test(name)) throw new Error(`Not a Cypher identifier: ${name}`);
        return [name, template(name)];
      }),
    ) as Record<K, string>,
  );
}

/**
 * Store-owned schema, applied before graph-schema/constraints.cypher. Relationship ids get a plain
 * range index, not a uniqueness constraint: the load already sends each id once (it folds repeats
 * and merges with what is stored), and a constraint checks and locks an index entry on every
 * CREATE, about a quarter of a first load's server time. Databases made by earlier versions lose
 * that constraint here (its backing index goes with it, and the plain index replaces it).
 */
export const STORE_SCHEMA: readonly string[] = Object.freeze([
  'CREATE CONSTRAINT tradegraph_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT tradegraph_load_digests_key IF NOT EXISTS FOR (d:TradegraphLoadDigests) REQUIRE d.key IS UNIQUE',
  'CREATE CONSTRAINT tradegraph_load_lock_key IF NOT EXISTS FOR (l:TradegraphLoadLock) REQUIRE l.key IS UNIQUE',
  ...Object.values(
    expand(RELATIONSHIP_TYPES, (t) => {
      const name = `tradegraph_${t.toLowerCase()}_id`;
      return `DROP CONSTRAINT ${name} IF EXISTS;CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.id)`;
    }),
  ).flatMap((pair) => pair.split(';')),
]);

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

/**
 * Rows: { id, props } with props holding id too, since `SET n = …` replaces every property: nodes
 * the same transaction has just read (load-graph.ts' mergeNodes), found by one seek each.
 */
export const UPDATE_NODES: Readonly<Record<NodeLabel, string>> = expand(
  NODE_LABELS,
  (l) => `${KEEP_PLAN}UNWIND $batch.rows AS row MATCH (n:Node {id: row.id}) ${NODE_BY_ID('n')} SET n:${l} SET n = row.props`,
);

/**
 * UPDATE_NODES for nodes stored under the label they are loaded with (the merge keeps it), which
 * need no label set: one statement, and so one plan, for every label. A server that has only
 * loaded the graph plans each statement of a load adding releases the first time it meets it, up
 * to ~1 s of CPU each (measured at 100×); per label, that was four UPDATE or APPEND plans in one load.
 */
export const UPDATE_NODES_SAME_LABEL = `${KEEP_PLAN}UNWIND $batch.rows AS row MATCH (n:Node {id: row.id}) ${NODE_BY_ID('n')} SET n = row.props`;

/** Rows: { id, props }: nodes the same transaction found missing (deleted since the load compared them). */
export const RECREATE_NODES: Readonly<Record<NodeLabel, string>> = expand(
  NODE_LABELS,
  (l) => `${KEEP_PLAN}UNWIND $batch.rows AS row CREATE (n:Node:${l}) SET n = row.props`,
);

/**
 * Rows: { id, source, target, props }: relationships the same transaction found missing (deleted
 * since the load compared them); only a load creates them and loads hold a lock, so CREATE is
 * what a MERGE would do. Endpoints exist: the load checks them first.
 */
export const RECREATE_EDGES: Readonly<Record<RelationshipType, string>> = expand(
  RELATIONSHIP_TYPES,
  (t) =>
    `${KEEP_PLAN}UNWIND $batch.rows AS row MATCH (a:Node {id: row.source}) ${NODE_BY_ID('a')} MATCH (b:Node {id: row.target}) ${NODE_BY_ID('b')} ` +
    `CREATE (a)-[r:${t}]->(b) SET r = row.props`,
);

/**
 * A stored relationship of a load's (`row.id`, `row.type`) found between its endpoints, each by one
 * seek of the :Node id index, whatever its type: one statement, and so one plan, for every type.
 * A server that has only loaded the graph plans each statement of a load adding releases the
 * first time it meets it (~0.1-0.2 s of CPU for a one-seek statement at 100×, under load); per
 * type, that was two plans for each type the new releases touch. The load checks the endpoints
 * of every relationship it updates before writing (load-graph.ts' checkEndpoints), so the pair
 * holds it; Neo4j expands the pair from whichever end has the fewer relationships.
 */
const EDGE_BETWEEN_ENDS =
  `MATCH (a:Node {id: row.source}) ${NODE_BY_ID('a')} MATCH (b:Node {id: row.target}) ${NODE_BY_ID('b')} ` +
  'MATCH (a)-[r]->(b) WHERE r.id = row.id AND type(r) = row.type';

/** Rows: { id, type, source, target, props }: relationships known to be stored, every property replaced. */
export const UPDATE_EDGES = `${KEEP_PLAN}UNWIND $batch.rows AS row ${EDGE_BETWEEN_ENDS} SET r = row.props`;

/**
 * Rows: { id, type, source, target, props, docsAt, docsNew }: stored relationships given only what
 * changed (records.ts' edgeAppendProps): `+=` leaves every other property, the stored evidence
 * among them, as it is, and the new document ids go into the stored list at the indices they
 * take in the merged one (records.ts' docIdInserts), so neither the stored list nor the merged one
 * is sent.
 */
export const APPEND_EDGES =
  `${KEEP_PLAN}UNWIND $batch.rows AS row ${EDGE_BETWEEN_ENDS} SET r += row.props ` +
  'SET r.docIds = reduce(docs = r.docIds, i IN range(0, size(row.docsNew) - 1) | docs[..row.docsAt[i]] + [row.docsNew[i]] + docs[row.docsAt[i]..])';

/**
 * The fast path for a label or type that has nothing stored yet (a first load): plain CREATE, no
 * read of stored records and no MERGE lookups. Rows are lists, [...values] for nodes and
 * [source, target, ...values] for edges, in the order of `keys`; a null value stores nothing. The
 * properties are written inside the CREATE pattern: `SET r = row.props` after it makes the planner
 * add an Eager (the whole batch held in memory first), which cost a third of the load's server time.
 * The :Node id constraint still refuses duplicate nodes.
 */
export function createNodesStatement(label: NodeLabel, keys: readonly string[]): string {
  return `${KEEP_PLAN}UNWIND $batch.rows AS row CREATE (n:Node:${checked(label, NODE_LABELS)} ${propertyMap(keys, 0)})`;
}

export function createEdgesStatement(type: RelationshipType, keys: readonly string[]): string {
  return (
    `${KEEP_PLAN}UNWIND $batch.rows AS row MATCH (a:Node {id: row[0]}) ${NODE_BY_ID('a')} MATCH (b:Node {id: row[1]}) ${NODE_BY_ID('b')} ` +
    `CREATE (a)-[r:${checked(type, RELATIONSHIP_TYPES)} ${propertyMap(keys, 2)}]->(b)`
  );
}

const PROPERTY_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Keys are attribute names of records, not user text; anything else is refused, never quoted. */
function propertyMap(keys: readonly string[], offset: number): string {
  for (const key of keys) if (!PROPERTY_KEY.test(key)) throw new Error(`Not a property key: ${key}`);
  return `{${keys.map((key, i) => `\`${key}\`: row[${i + offset}]`).join(', ')}}`;
}

function checked<K extends string>(name: K, names: readonly K[]): K {
  if (!names.includes(name) || !IDENTIFIER.test(name)) throw new Error(`Not a known label or type: ${name}`);
  return name;
}

/**
 * What a load compares: each stored record's id and content hash. The scans read a whole label or
 * type in one pass (cheapest when the load covers most of it) and answer two parallel lists in one
 * record ('' for no hash), since a driver Record per row costs more than the scan; the seeks look
 * up only the ids of a load much smaller than what is stored.
 */
export const NODE_HASHES_ALL = "MATCH (n:Node) RETURN collect(n.id) AS ids, collect(coalesce(n.hash, '')) AS hashes";
export const NODE_HASHES_BY_ID = `${KEEP_PLAN}UNWIND $batch.ids AS id MATCH (n:Node {id: id}) ${NODE_BY_ID('n')} RETURN id, n.hash AS hash`;
export const EDGE_HASHES_ALL: Readonly<Record<RelationshipType, string>> = expand(
  RELATIONSHIP_TYPES,
  (t) => `MATCH ()-[r:${t}]->() RETURN collect(r.id) AS ids, collect(coalesce(r.hash, '')) AS hashes`,
);
export const EDGE_HASHES_BY_ID: Readonly<Record<RelationshipType, string>> = expand(
  RELATIONSHIP_TYPES,
  (t) => `${KEEP_PLAN}UNWIND $batch.ids AS id MATCH ()-[r:${t} {id: id}]->() ${EDGE_BY_ID('r', t)} RETURN id, r.hash AS hash`,
);
/**
 * Stored endpoints and properties but the evidence of relationships whose content changed: checked
 * before anything is written, and what the merge starts from (records.ts' EDGE_WITHOUT_EVIDENCE).
 */
const edgeEndsOf = (t: RelationshipType, ids: string) =>
  `UNWIND ${ids} AS id MATCH (a)-[r:${t} {id: id}]->(b) ${EDGE_BY_ID('r', t)} RETURN id, a.id AS source, b.id AS target, r {${EDGE_WITHOUT_EVIDENCE}} AS props`;
export const EDGE_ENDS_BY_ID: Readonly<Record<RelationshipType, string>> = expand(RELATIONSHIP_TYPES, (t) => KEEP_PLAN + edgeEndsOf(t, '$batch.ids'));
/** EDGE_ENDS_BY_ID for every type in one statement: `$batch.edges` maps each type to its ids (every type present, maybe empty). */
export const EDGE_ENDS_BY_ID_ALL_TYPES =
  KEEP_PLAN +
  'CALL { ' + Object.values(expand(RELATIONSHIP_TYPES, (t) => edgeEndsOf(t, `$batch.edges.${t}`))).join(' UNION ALL ') + ' } RETURN id, source, target, props';
export const COUNT_NODES = 'MATCH (n:Node) RETURN count(n) AS count';

/**
 * The stored hashes of the records a load compares, every label and type in one statement and one
 * round trip: `$batch.nodes` are node ids, `$batch.edges` maps each relationship type to its ids (every type
 * present, maybe empty, so the statement and its plan never vary). Each id is one index seek; rows
 * are [type (null for a node), id, hash].
 */
export const STORED_HASHES_BY_ID =
  KEEP_PLAN +
  `CALL { UNWIND $batch.nodes AS id MATCH (n:Node {id: id}) ${NODE_BY_ID('n')} RETURN null AS type, id, n.hash AS hash` +
  Object.values(
    expand(RELATIONSHIP_TYPES, (t) => ` UNION ALL UNWIND $batch.edges.${t} AS id MATCH ()-[r:${t} {id: id}]->() ${EDGE_BY_ID('r', t)} RETURN '${t}' AS type, id, r.hash AS hash`),
  ).join('') +
  ' } RETURN type, id, hash';

/**
 * The bucket digests of what is stored (bucket-digests.ts), on one node outside the graph (no
 * :Node label, so no count, list or query of the graph sees it). `state` is 'valid' when the
 * digests describe what is stored and 'writing' from before a load writes its first record until
 * it writes the digests after its last: a load that died between leaves 'writing', and the next
 * load then trusts no digest. The digests node also keeps how many nodes and relationships were
 * stored when they were written; the read gives today's counts beside them (both from Neo4j's
 * count store, no scan), so a database changed behind the loader's back (a user deleting or
 * adding records) is caught and its digests not trusted. `nodes` = 0 tells an empty database (no
 * digests needed) from one written before digests existed.
 */
const STORED_COUNTS = 'CALL () { MATCH (n:Node) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }';
export const READ_LOAD_DIGESTS =
  `${KEEP_PLAN}${STORED_COUNTS} OPTIONAL MATCH (d:TradegraphLoadDigests {key: 1}) USING INDEX SEEK d:TradegraphLoadDigests(key) ` +
  'RETURN d.state AS state, d.digests AS digests, d.digestsDelta AS delta, d.nodes AS digestNodes, d.relationships AS digestRelationships, nodes, relationships';
/** Sets the state only: the stale digests stay until rewritten (removing 512 KiB is a write of its own), and nothing trusts them meanwhile. */
export const MARK_LOAD_DIGESTS_WRITING = KEEP_PLAN + "MERGE (d:TradegraphLoadDigests {key: 1}) SET d.state = 'writing'";
/** Counts what is stored as this transaction sees it, so a load writing its records in the same transaction counts them. */
export const WRITE_LOAD_DIGESTS =
  `${KEEP_PLAN}${STORED_COUNTS} MERGE (d:TradegraphLoadDigests {key: 1}) ` +
  "SET d.state = 'valid', d.digests = $digests, d.digestsDelta = null, d.nodes = nodes, d.relationships = relationships";
/**
 * WRITE_LOAD_DIGESTS for a load that changed few buckets of valid digests: the buckets that differ
 * from the stored base (bucket-digests.ts' deltaFrom), the base left as it is, so a +1% load writes
 * ~11 KB instead of 512 KiB (the driver copies every byte it sends one call at a time).
 */
export const WRITE_LOAD_DIGESTS_DELTA =
  `${KEEP_PLAN}${STORED_COUNTS} MERGE (d:TradegraphLoadDigests {key: 1}) ` +
  "SET d.state = 'valid', d.digestsDelta = $delta, d.nodes = nodes, d.relationships = relationships";
/**
 * Taken in a transaction held open for a whole load and rolled back at its end, so nothing is ever
 * stored: the key's uniqueness constraint makes a second load's MERGE wait until the first ends
 * (or its connection drops), so two loads never read and write the digests at once.
 */
export const LOCK_LOADS = KEEP_PLAN + 'MERGE (l:TradegraphLoadLock {key: 1})';

export const READ_NODES_BY_ID = `${KEEP_PLAN}UNWIND $batch.ids AS id MATCH (n:Node {id: id}) ${NODE_BY_ID('n')} RETURN properties(n) AS props`;

/**
 * What a load reads of a changed node to merge it: every stored property but the document list,
 * and whether it has one (its set digest, records.ts' NODE_DOC_SET, then proves what it holds):
 * Korea's and the ministry's lists name ~3,900 releases at 100×, most of what a +1% load read.
 */
export const READ_NODES_WITHOUT_DOCS_BY_ID =
  `${KEEP_PLAN}UNWIND $batch.ids AS id MATCH (n:Node {id: id}) ${NODE_BY_ID('n')} RETURN n {.*, docIds: null} AS props, n.docIds IS NOT NULL AS hasDocs`;

/**
 * Rows: { id, props, docsAt, docsNew }: stored nodes whose merge is the incoming node, given every
 * property but the document list (records.ts' nodeAppendProps), whose new ids go in at the indices
 * they take in the merged list, as APPEND_EDGES does, so a hub's list is neither read nor sent.
 */
export const APPEND_NODES: Readonly<Record<NodeLabel, string>> = expand(
  NODE_LABELS,
  (l) =>
    `${KEEP_PLAN}UNWIND $batch.rows AS row MATCH (n:Node {id: row.id}) ${NODE_BY_ID('n')} SET n:${l} SET n += row.props ` +
    'SET n.docIds = reduce(docs = n.docIds, i IN range(0, size(row.docsNew) - 1) | docs[..row.docsAt[i]] + [row.docsNew[i]] + docs[row.docsAt[i]..])',
);

/** APPEND_NODES for nodes stored under the label they are loaded with, as UPDATE_NODES_SAME_LABEL: one statement for every label. */
export const APPEND_NODES_SAME_LABEL =
  `${KEEP_PLAN}UNWIND $batch.rows AS row MATCH (n:Node {id: row.id}) ${NODE_BY_ID('n')} SET n += row.props ` +
  'SET n.docIds = reduce(docs = n.docIds, i IN range(0, size(row.docsNew) - 1) | docs[..row.docsAt[i]] + [row.docsNew[i]] + docs[row.docsAt[i]..])';

export const READ_EDGES_BY_ID: Readonly<Record<RelationshipType, string>> = expand(
  RELATIONSHIP_TYPES,
  (t) => `${KEEP_PLAN}UNWIND $batch.ids AS id MATCH (a)-[r:${t} {id: id}]->(b) ${EDGE_BY_ID('r', t)} RETURN a.id AS source, b.id AS target, properties(r) AS props`,
);

/** Per-type counts come from the count store; the load uses them to skip checks on empty types. */
export const COUNT_EDGES: Readonly<Record<RelationshipType, string>> = expand(
  RELATIONSHIP_TYPES,
  (t) => `MATCH ()-[r:${t}]->() RETURN count(r) AS count`,
);

/** Two grouped scans plan once and stay cheap at this size; a query per label would plan 17 times. */
export const COUNT_NODES_BY_LABEL = 'MATCH (n:Node) RETURN n.label AS key, count(*) AS count';
export const COUNT_EDGES_BY_TYPE = 'MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS count';

export const GET_NODES = 'UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN DISTINCT properties(n) AS props';

export const LIST_NODES = 'MATCH (n:Node) WHERE $labels IS NULL OR n.label IN $labels RETURN properties(n) AS props';

/** An edge by id within one type: one seek in that type's id index. */
export const GET_EDGE_OF_TYPE: Readonly<Record<RelationshipType, string>> = expand(
  RELATIONSHIP_TYPES,
  (t) => `MATCH (a)-[r:${t} {id: $id}]->(b) RETURN a.id AS source, b.id AS target, properties(r) AS props`,
);

/** An edge by id of unknown type: one seek per type's index. */
export const GET_EDGE_ANY_TYPE = `CALL () { ${Object.values(GET_EDGE_OF_TYPE).join(' UNION ALL ')} } RETURN source, target, props LIMIT 1`;

const EDGE_COLUMNS = 'RETURN DISTINCT startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props';

/** Every relationship of one type (the type is in the pattern, so Neo4j reads that type's store alone). */
export const EDGES_OF_TYPE = (type: RelationshipType) => `MATCH ()-[r:${type}]->() ${EDGE_COLUMNS}`;

export const EDGES_OF = Object.freeze({
  out: `MATCH (n:Node {id: $id})-[r]->() WHERE $types IS NULL OR type(r) IN $types ${EDGE_COLUMNS}`,
  in: `MATCH (n:Node {id: $id})<-[r]-() WHERE $types IS NULL OR type(r) IN $types ${EDGE_COLUMNS}`,
  both: `MATCH (n:Node {id: $id})-[r]-() WHERE $types IS NULL OR type(r) IN $types ${EDGE_COLUMNS}`,
});

/** Endpoint ids a load refers to that are not stored. */
export const MISSING_NODE_IDS = `${KEEP_PLAN}UNWIND $batch.ids AS id OPTIONAL MATCH (n:Node {id: id}) ${NODE_BY_ID('n')} WITH id, n WHERE n IS NULL RETURN id`;

/**
 * The deepest path search the store runs; a variable-length bound cannot be a parameter, so one
 * statement per depth is prepared.
 */
export const MAX_PATH_DEPTH = 12;

export const SHORTEST_PATHS: readonly string[] = Object.freeze(
  Array.from(
    { length: MAX_PATH_DEPTH + 1 },
    (_, depth) =>
      `MATCH (a:Node {id: $from}), (b:Node {id: $to}) ` +
      `MATCH p = allShortestPaths((a)-[*..${Math.max(depth, 1)}]-(b)) ` +
      `WHERE all(r IN relationships(p) WHERE type(r) IN $types) ` +
      `WITH [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | r.id] AS edgeIds ` +
      `RETURN nodeIds, edgeIds ORDER BY nodeIds, edgeIds LIMIT $limit`,
  ),
);

export const CLEAR = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS';

/** Endpoint ids of relationships returned by user Cypher whose nodes were not returned. */
export const NODE_IDS_BY_ELEMENT_ID = 'UNWIND $elementIds AS eid MATCH (n) WHERE elementId(n) = eid RETURN eid, n.id AS id';
