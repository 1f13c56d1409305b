import type { Session } from 'neo4j-driver';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../domain/index.js';
import { batchOf, COUNT_EDGES, COUNT_NODES, EDGE_HASHES_ALL, EDGE_HASHES_BY_ID, NODE_HASHES_ALL, NODE_HASHES_BY_ID, STORED_HASHES_BY_ID } from './statements.js';

/** Stored id → content hash (null for a record written before hashes, which then counts as changed). */
export type StoredHashes = Map<string, string | null>;

/** Below this share of what is stored, a load seeks its own ids; above it, one scan is cheaper. */
const SCAN_SHARE = 0.25;
const SEEK_BATCH = 10_000;

/**
 * Up to this many compared records (a load adding a few releases), every label's and type's seeks
 * go in one statement (STORED_HASHES_BY_ID): no count first, and one plan and one round trip where
 * the per-type reads ran ~24 small statements, a fixed cost per load. Above it, a scan may be cheaper.
 */
export const ONE_STATEMENT_SEEKS = SEEK_BATCH;

/** The stored hashes of the given nodes and of each type's relationships, by id seeks in one statement. */
export async function storedHashesInOne(
  session: Session,
  nodeIds: readonly string[],
  edgeIds: ReadonlyMap<RelationshipType, readonly string[]>,
): Promise<{ nodes: StoredHashes; edges: Map<RelationshipType, StoredHashes> }> {
  const nodes: StoredHashes = new Map();
  const edges = new Map<RelationshipType, StoredHashes>(RELATIONSHIP_TYPES.map((t) => [t, new Map()]));
  const params = batchOf({ nodes: [...nodeIds], edges: Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, [...(edgeIds.get(t) ?? [])]])) });
  const found = await session.executeRead((tx) => tx.run(STORED_HASHES_BY_ID, params));
  for (const record of found.records) {
    const type = record.get('type') as RelationshipType | null;
    (type === null ? nodes : edges.get(type)!).set(record.get('id') as string, (record.get('hash') as string | null) || null);
  }
  return { nodes, edges };
}

/** The hashes of every stored node the load names, by a scan of :Node or by id seeks. */
export async function storedNodeHashes(session: Session, ids: readonly string[]): Promise<StoredHashes> {
  return storedHashes(session, ids, COUNT_NODES, NODE_HASHES_ALL, NODE_HASHES_BY_ID);
}

/** The hashes of the stored relationships of one type the load names. */
export async function storedEdgeHashes(session: Session, type: RelationshipType, ids: readonly string[]): Promise<StoredHashes> {
  return storedHashes(session, ids, COUNT_EDGES[type], EDGE_HASHES_ALL[type], EDGE_HASHES_BY_ID[type]);
}

async function storedHashes(session: Session, ids: readonly string[], count: string, scan: string, seek: string): Promise<StoredHashes> {
  const hashes: StoredHashes = new Map();
  const stored = Number((await session.executeRead((tx) => tx.run(count))).records[0]?.get('count') ?? 0);
  if (stored === 0 || ids.length === 0) return hashes;
  if (ids.length >= stored * SCAN_SHARE) {
    const wanted = new Set(ids);
    const found = (await session.executeRead((tx) => tx.run(scan))).records[0];
    const storedIds = (found?.get('ids') ?? []) as string[];
    const storedHashes = (found?.get('hashes') ?? []) as string[];
    storedIds.forEach((id, i) => wanted.has(id) && hashes.set(id, storedHashes[i] || null));
    return hashes;
  }
  for (let i = 0; i < ids.length; i += SEEK_BATCH) {
    const found = await session.executeRead((tx) => tx.run(seek, batchOf({ ids: ids.slice(i, i + SEEK_BATCH) })));
    for (const record of found.records) hashes.set(record.get('id') as string, record.get('hash') as string | null);
  }
  return hashes;
}
