import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { RELATIONSHIP_TYPES } from '../../domain/index.js';
import { BucketDigests } from './bucket-digests.js';
import { EDGE_HASHES_ALL, LOCK_LOADS, MARK_LOAD_DIGESTS_WRITING, NODE_HASHES_ALL, READ_LOAD_DIGESTS, WRITE_LOAD_DIGESTS } from './statements.js';

/**
 * What the stored digests say: 'valid' digests describe every stored record; 'empty' is a
 * database with no records (every bucket empty); 'unknown' is a database whose digests cannot be
 * trusted (written before digests existed, or a load died while writing), which a load then
 * rebuilds from every stored hash (storedDigests).
 */
export type StoredDigestState = { readonly kind: 'valid'; readonly digests: BucketDigests } | { readonly kind: 'empty' } | { readonly kind: 'unknown' };

export async function readLoadDigests(session: Session): Promise<StoredDigestState> {
  const record = (await session.executeRead((tx) => tx.run(READ_LOAD_DIGESTS))).records[0];
  const state = record?.get('state') as string | null;
  const bytes = record?.get('digests') as Int8Array | Uint8Array | null;
  if (state === 'valid' && bytes) {
    const digests = BucketDigests.fromBytes(bytes);
    if (digests) return { kind: 'valid', digests };
  }
  if (state === null && record?.get('anyStored') === false) return { kind: 'empty' };
  return { kind: 'unknown' };
}

/** Committed before a load writes its first record: until the digests are written again, none is trusted. */
export async function markDigestsWriting(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(MARK_LOAD_DIGESTS_WRITING, {}, { database });
}

/** Written after a load's last record: from then on the digests describe what is stored. */
export async function writeLoadDigests(driver: Driver, database: string, digests: BucketDigests): Promise<void> {
  await driver.executeQuery(WRITE_LOAD_DIGESTS, { digests: digests.toBytes() }, { database });
}

/**
 * Waits until no other load runs and holds that until release() (LOCK_LOADS). A loader that dies
 * drops its connection, and the server rolls the lock back with it.
 */
export async function holdLoadLock(driver: Driver, database: string): Promise<{ release(): Promise<void> }> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  const tx = await session.beginTransaction();
  try {
    await tx.run(LOCK_LOADS);
  } catch (error) {
    await tx.close().catch(() => undefined);
    await session.close();
    throw error;
  }
  return {
    release: async () => {
      try {
        await tx.rollback();
      } finally {
        await session.close();
      }
    },
  };
}

/** Every stored record's id and hash (null: none), nodes under 'nodes', relationships of every type under 'edges'. */
export async function allStoredHashes(session: Session): Promise<{ nodes: Map<string, string | null>; edges: Map<string, string | null> }> {
  const read = async (statement: string) => {
    const found = (await session.executeRead((tx) => tx.run(statement))).records[0];
    const ids = (found?.get('ids') ?? []) as string[];
    const hashes = (found?.get('hashes') ?? []) as string[];
    return ids.map((id, i) => [id, hashes[i] || null] as const);
  };
  const nodes = new Map(await read(NODE_HASHES_ALL));
  const edges = new Map<string, string | null>();
  for (const type of RELATIONSHIP_TYPES) for (const [id, hash] of await read(EDGE_HASHES_ALL[type])) edges.set(id, hash);
  return { nodes, edges };
}
