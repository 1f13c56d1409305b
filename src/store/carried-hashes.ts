import type { EdgeRecord, NodeRecord } from '../domain/index.js';

/**
 * Content hashes (content-hash.ts) that came with records, by record object: the snapshot reader
 * files the hash the writer computed at build time for each record it makes, and a Neo4j load
 * takes it instead of hashing the record again, which was most of what a reload or a +1% load
 * cost this process (0.5-0.9 s CPU at 100x the sample). Keyed by the object, weakly: a record the
 * load makes itself (two records of one id merged) has none and is hashed, and a hash goes with
 * its record. Records are never changed after they are made; one that were would have to be
 * copied, which drops its hash.
 */
const carried = new WeakMap<NodeRecord | EdgeRecord, string>();

export function carryHash(record: NodeRecord | EdgeRecord, hash: string): void {
  carried.set(record, hash);
}

/** The hash that came with this record, if any. */
export function carriedHash(record: NodeRecord | EdgeRecord): string | undefined {
  return carried.get(record);
}
