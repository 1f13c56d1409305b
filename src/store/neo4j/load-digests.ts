import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { RELATIONSHIP_TYPES } from '../../domain/index.js';
import { BucketDigests } from './bucket-digests.js';
import { EDGE_HASHES_ALL, LOCK_LOADS, MARK_LOAD_DIGESTS_WRITING, NODE_HASHES_ALL, READ_LOAD_DIGESTS, WRITE_LOAD_DIGESTS, WRITE_LOAD_DIGESTS_DELTA } from './statements.js';

/**
 * What the stored digests say: 'valid' digests describe every stored record; 'empty' is a
 * database with no records (every bucket empty); 'unknown' is a database whose digests cannot be
 * trusted (written before digests existed, or a load died while writing), which a load then
 * rebuilds from every stored hash (storedDigests).
 */
export type StoredDigestState =
  | {
      readonly kind: 'valid';
      readonly digests: BucketDigests;
      /** The digests as last written whole; `digests` is this with the stored delta applied. */
      readonly base: BucketDigests;
    }
  | { readonly kind: 'empty' }
  | { readonly kind: 'unknown' };

/**
 * Past this many bytes of delta (~6,500 differing buckets, a tenth of them: five or six +1% loads
 * at 100x), a load writes the digests whole again, so that reading them never costs much more
 * than the 512 KiB base.
 */
export const MAX_DELTA_BYTES = 64 * 1024;

export async function readLoadDigests(session: Session): Promise<StoredDigestState> {
  const record = (await session.executeRead((tx) => tx.run(READ_LOAD_DIGESTS))).records[0];
  if (!record) return { kind: 'unknown' };
  return digestStateOf({
    state: record.get('state') as string | null,
    digests: record.get('digests') as Int8Array | Uint8Array | null,
    delta: record.get('delta') as Int8Array | Uint8Array | null,
    digestCounts: [countOf(record.get('digestNodes')), countOf(record.get('digestRelationships'))],
    counts: [countOf(record.get('nodes')), countOf(record.get('relationships'))],
  });
}

/** What READ_LOAD_DIGESTS answered: the digests node's fields (null: absent) and today's counts. */
export interface DigestsRead {
  readonly state: string | null;
  readonly digests: Int8Array | Uint8Array | null;
  /** Buckets changed since the digests were written whole (BucketDigests.deltaFrom); null: none. */
  readonly delta: Int8Array | Uint8Array | null;
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
    const base = BucketDigests.fromBytes(read.digests);
    const digests = base && read.delta ? base.withDelta(read.delta) : base;
    if (base && digests) return { kind: 'valid', digests, base };
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

/**
 * writeLoadDigests inside a transaction that also wrote the records: the digests commit with them,
 * or neither does. Given the stored base of valid digests, only the buckets that differ from it are
 * written, until they outgrow MAX_DELTA_BYTES.
 */
export async function writeLoadDigestsIn(tx: ManagedTransaction, digests: BucketDigests, base: BucketDigests | null): Promise<void> {
  const delta = base ? digests.deltaFrom(base) : null;
  if (delta && delta.byteLength <= MAX_DELTA_BYTES) await tx.run(WRITE_LOAD_DIGESTS_DELTA, { delta });
  else await tx.run(WRITE_LOAD_DIGESTS, { digests: digests.toBytes() });
}

/**
 * The digests node's properties as a load writing them whole would have left them: the delta
 * applied to the base. Two databases holding the same graph, one loaded at once and one release
 * by release, compare equal through this (graph-checksum.ts), as they do through asWrittenWhole.
 */
export function digestsAsWrittenWhole(props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { digestsDelta, ...whole } = props;
  if (!(digestsDelta instanceof Int8Array || digestsDelta instanceof Uint8Array) || !(whole.digests instanceof Int8Array || whole.digests instanceof Uint8Array)) return whole;
  const applied = BucketDigests.fromBytes(whole.digests)?.withDelta(digestsDelta);
  return applied ? { ...whole, digests: applied.toBytes() } : props;
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
