import neo4j, { type Driver, type Session } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config/index.js';
import { type EdgeRecord, type NodeRecord, RELATIONSHIP_TYPES, type RelationshipType, type GraphStore, type StoreCounts, compareStrings } from '../../domain/index.js';
import { loadGraph, type LoadOptions } from './load-graph.js';
import { edgeFromProps, nodeFromProps } from './records.js';
import { applySchema, defaultSchemaFile } from './schema.js';
import { connectionRead, DRAWN_EDGES_OF, DRAWN_NODES, drawnEdges, drawnNodes, neighbourhoodRead } from './one-query-reads.js';
import { linkedIdsRead } from './linked-ids.js';
import { readBatches } from './read-batches.js';
import { runWithoutStack } from './run-without-stack.js';
import { shortestPaths } from './shortest-paths.js';
import { CLEAR, COUNT_EDGES_BY_TYPE, COUNT_NODES_BY_LABEL, EDGES_OF, EDGES_OF_TYPE, GET_EDGE_ANY_TYPE, GET_EDGE_OF_TYPE, GET_NODES, LIST_NODES } from './statements.js';
import { toStoreError } from './store-errors.js';
import { openUserQueryPool, type UserQueryPool, type UserQueryPoolOptions } from './user-query-pool.js';

export interface Neo4jStoreOptions {
  /** graph-schema/constraints.cypher of this checkout unless given. */
  readonly schemaFile?: string | null;
  /** Rows per load transaction. */
  readonly batchSize?: number;
  /** Load transactions in flight at once. */
  readonly loadConcurrency?: number;
  /** How long the driver keeps retrying a transaction the server dropped. */
  readonly maxRetryTimeMs?: number;
  readonly connectionTimeoutMs?: number;
  /** Users' Cypher runs on a pool of its own; see UserQueryPoolOptions. */
  readonly userQueries?: UserQueryPoolOptions;
}

/**
 * The API's reads give up on a Neo4j that is gone within 2 s: connecting takes at most 1.5 s, and
 * the one retry the driver makes even with no retry time comes ~1 s after a refused connection.
 */
const READ_CONNECT_TIMEOUT_MS = 1_500;
const READ_ACQUIRE_TIMEOUT_MS = 2_000;
const DEFAULTS = { batchSize: 10_000, loadConcurrency: 2, maxRetryTimeMs: 15_000, connectionTimeoutMs: 5_000 };

/**
 * Connects to Neo4j, checks the server answers with these credentials, applies the schema
 * (idempotently) and returns the GraphStore over it. Fails with StoreError NEO4J_UNREACHABLE,
 * NEO4J_AUTH or NEO4J_DATABASE, naming the URI and what to do.
 */
export async function createNeo4jStore(config: Neo4jConfig, options: Neo4jStoreOptions = {}): Promise<GraphStore> {
  const settings = { ...DEFAULTS, ...options };
  // No password means a server with auth off (the test launcher); the driver then sends scheme none.
  const auth = config.password ? neo4j.auth.basic(config.user, config.password) : undefined;
  const driver = neo4j.driver(config.uri, auth, {
    connectionTimeout: settings.connectionTimeoutMs,
    maxTransactionRetryTime: settings.maxRetryTimeMs,
    userAgent: 'tradegraph',
  });
  try {
    await driver.verifyAuthentication({ database: config.database });
    await driver.executeQuery('RETURN 1', {}, { database: config.database });
    await applySchema(driver, config.database, options.schemaFile === undefined ? defaultSchemaFile() : options.schemaFile);
  } catch (error) {
    await driver.close();
    throw toStoreError(error, config.uri, 'connecting');
  }
  // The API's reads fail fast when Neo4j is gone (no retries, 2 s to connect or to get a
  // connection), so that a GET says 503 within 2 s; loads keep the retrying driver above.
  const reads = neo4j.driver(config.uri, auth, {
    connectionTimeout: Math.min(settings.connectionTimeoutMs, READ_CONNECT_TIMEOUT_MS),
    connectionAcquisitionTimeout: READ_ACQUIRE_TIMEOUT_MS,
    maxTransactionRetryTime: 0,
    userAgent: 'tradegraph',
  });
  const userQueries = await openUserQueryPool(config.uri, auth, config.database, options.userQueries);
  return storeOver(driver, reads, config, { batchSize: settings.batchSize, concurrency: settings.loadConcurrency }, userQueries);
}

function storeOver(driver: Driver, reads: Driver, config: Neo4jConfig, loadOptions: LoadOptions, userQueries: UserQueryPool): GraphStore {
  const { database, uri } = config;
  /**
   * Runs `work` in a fresh READ session of the reads' driver, turning driver failures into
   * StoreErrors. The API's questions are single statements run as auto-commit transactions: RUN
   * and PULL go out together, one round trip instead of BEGIN/RUN/PULL/COMMIT, and the reads'
   * driver does not retry anyway. READ mode sends them to readers behind neo4j:// routing.
   */
  const withSession = async <T>(doing: string, work: (session: Session) => Promise<T>): Promise<T> => {
    const session = reads.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      return await work(session);
    } catch (error) {
      throw toStoreError(error, uri, doing);
    } finally {
      await session.close();
    }
  };
  const read = (doing: string, statement: string, params: Record<string, unknown> = {}) =>
    withSession(doing, async (session) => (await runWithoutStack(session, statement, params)).records);
  // The drawings' questions, batched with those asked in the same turn (read-batches.ts).
  const batched = (doing: string) =>
    readBatches(async (statement, params) =>
      (await read(doing, statement, params)).map((record) => ({ i: neo4j.integer.toNumber(record.get('i') as number), record })),
    );
  const neighbourhoods = batched('reading a neighbourhood');
  const connections = batched('finding paths');
  const linked = batched('reading where edges lead');

  const nodesOf = async (doing: string, statement: string, params: Record<string, unknown>): Promise<NodeRecord[]> =>
    (await read(doing, statement, params)).map((r) => nodeFromProps(r.get('props'))).sort((a, b) => compareStrings(a.id, b.id));
  const edgesFrom = (records: Awaited<ReturnType<typeof read>>): EdgeRecord[] =>
    records.map((r) => edgeFromProps(r.get('props'), r.get('source'), r.get('target')));

  return {
    backend: 'neo4j',
    capabilities: Object.freeze({ cypher: true }),
    load: async (graph) => {
      try {
        const { nodesCreated, nodesUpdated, edgesCreated, edgesUpdated } = await loadGraph(driver, database, graph, loadOptions);
        return { nodesCreated, nodesUpdated, edgesCreated, edgesUpdated };
      } catch (error) {
        throw toStoreError(error, uri, 'loading the graph');
      }
    },
    counts: async (): Promise<StoreCounts> => ({
      nodesByLabel: tally(await read('counting nodes', COUNT_NODES_BY_LABEL)),
      edgesByType: tally(await read('counting edges', COUNT_EDGES_BY_TYPE)),
    }),
    getNode: async (id) => (await nodesOf('reading a node', GET_NODES, { ids: [id] }))[0] ?? null,
    getNodes: async (ids) => nodesOf('reading nodes', GET_NODES, { ids: [...new Set(ids)] }),
    drawnNodes: async (ids) => drawnNodes(await read('reading nodes', DRAWN_NODES, { ids: [...new Set(ids)] })),
    listNodes: async (labels) => nodesOf('listing nodes', LIST_NODES, { labels: labels ? [...labels] : null }),
    getEdge: async (id) => {
      // Built edge ids start with their type (edgeKey); any other id is looked up in every type.
      const type = typeOf(id);
      const ofType = type ? edgesFrom(await read('reading an edge', GET_EDGE_OF_TYPE[type], { id }))[0] : undefined;
      return ofType ?? edgesFrom(await read('reading an edge', GET_EDGE_ANY_TYPE, { id }))[0] ?? null;
    },
    edgesOf: async (id, query = {}) =>
      onceEachById(edgesFrom(await read('reading edges', EDGES_OF[query.direction ?? 'both'], { id, types: query.types ? [...query.types] : null }))),
    drawnEdgesOf: async (id) =>
      onceEachById(drawnEdges(await read('reading edges', DRAWN_EDGES_OF, { id }))),
    listEdges: async (types) => {
      const lists = await Promise.all([...new Set(types)].map(async (type) => edgesFrom(await read('listing edges', EDGES_OF_TYPE(type)))));
      return lists.flat().sort((a, b) => compareStrings(a.id, b.id));
    },
    shortestPaths: (from, to, query) => withSession('finding paths', (session) => shortestPaths(session, from, to, query)),
    neighbourhood: (id, query) => neighbourhoods(neighbourhoodRead(id, query)),
    connection: (from, to, query) => connections(connectionRead(from, to, query)),
    linkedIds: async (id, query) => {
      const read = linkedIdsRead(id, query);
      return read ? linked(read) : [];
    },
    cypher: async (query, params, options) => {
      try {
        return await userQueries.run(query, params, options);
      } catch (error) {
        throw toStoreError(error, uri, 'running a Cypher query');
      }
    },
    clear: async () => {
      const session = driver.session({ database });
      try {
        await session.run(CLEAR);
      } catch (error) {
        throw toStoreError(error, uri, 'clearing the graph');
      } finally {
        await session.close();
      }
    },
    close: async () => {
      await userQueries.close();
      await reads.close();
      await driver.close();
    },
  };
}

function tally(records: readonly { get(key: string): unknown }[]): Record<string, number> {
  const pairs = records.map((r) => [String(r.get('key')), Number(r.get('count'))] as const);
  return Object.fromEntries(pairs.filter(([, n]) => n > 0).sort(([a], [b]) => compareStrings(a, b)));
}

/** The first record of each id (a self-loop comes back from both ends), in id order: how a node's edges are answered. */
function onceEachById<T extends { id: string }>(records: readonly T[]): T[] {
  const seen = new Set<string>();
  return records.filter(({ id }) => !seen.has(id) && seen.add(id) !== undefined).sort((a, b) => compareStrings(a.id, b.id));
}

function typeOf(edgeId: string): RelationshipType | null {
  const prefix = edgeId.slice(0, edgeId.indexOf(':'));
  return (RELATIONSHIP_TYPES as readonly string[]).includes(prefix) ? (prefix as RelationshipType) : null;
}
