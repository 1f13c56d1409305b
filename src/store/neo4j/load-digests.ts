import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
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
  if (!record) return { kind: 'unknown' };
  return digestStateOf({
    state: record.get('state') as string | null,
    digests: record.get('digests') as Int8Array | Uint8Array | null,
    digestCounts: [countOf(record.get('digestNodes')), countOf(record.get('digestRelationships'))],
    counts: [countOf(record.get('nodes')), countOf(record.get('relationships'))],
  });
}

/** What READ_LOAD_DIGESTS answered: the digests node's fields (null: absent) and today's counts. */
export interface DigestsRead {
  readonly state: string | null;
  readonly digests: Int8Array | Uint8Array | null;
  /** Nodes and relationships stored when the digests were written (null: written before counts were kept). */
  readonly digestCounts: readonly [number | null, number | null];
  /** Nodes and relationships stored now. */
  readonly counts: readonly [number | null, number | null];
}

/**
 * Digests are trusted only when marked valid and written when as many nodes and relationships were
 * stored as are now: a user who deleted or added records since (outside the loader, which holds the
 * load lock) makes the next load compare every record instead of trusting buckets that lie.
 */
export function digestStateOf(read: DigestsRead): StoredDigestState {
  const [nodes, relationships] = read.counts;
  if (read.state === null && nodes === 0 && relationships === 0) return { kind: 'empty' };
  const sameCounts = read.digestCounts[0] !== null && read.digestCounts[0] === nodes && read.digestCounts[1] === relationships;
  if (read.state === 'valid' && read.digests && sameCounts) {
    const digests = BucketDigests.fromBytes(read.digests);
    if (digests) return { kind: 'valid', digests };
  }
  return { kind: 'unknown' };
}

function countOf(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return neo4j.isInt(value) ? value.toNumber() : Number(value);
}

/** Committed before a load writes its first record: until the digests are written again, none is trusted. */
export async function markDigestsWriting(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(MARK_LOAD_DIGESTS_WRITING, {}, { database });
}

/** Written after a load's last record: from then on the digests describe what is stored. */
export async function writeLoadDigests(driver: Driver, database: string, digests: BucketDigests): Promise<void> {
  await driver.executeQuery(WRITE_LOAD_DIGESTS, { digests: digests.toBytes() }, { database });
}

/** writeLoadDigests inside a transaction that also wrote the records: the digests commit with them, or neither does. */
export async function writeLoadDigestsIn(tx: ManagedTransaction, digests: BucketDigests): Promise<void> {
  await tx.run(WRITE_LOAD_DIGESTS, { digests: digests.toBytes() });
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
