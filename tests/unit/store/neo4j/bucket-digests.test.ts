import { describe, expect, it } from 'vitest';
import { BUCKETS, BucketDigests, bucketOf } from '../../../../src/store/neo4j/bucket-digests.js';

const records = Array.from({ length: 500 }, (_, i) => ({ id: `person:${i}`, hash: `hash-${i}-${'x'.repeat(i % 7)}` }));

function digestsOf(items: readonly { id: string; hash: string | null }[]): BucketDigests {
  const digests = BucketDigests.empty();
  for (const { id, hash } of items) digests.add(id, hash);
  return digests;
}

describe('bucket digests', () => {
  it('puts an id in the same bucket every time, within range, and spreads ids over the buckets', () => {
    expect(bucketOf('person:1')).toBe(bucketOf('person:1'));
    const buckets = new Set(records.map((r) => bucketOf(r.id)));
    expect(Math.min(...buckets)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...buckets)).toBeLessThan(BUCKETS);
    // 500 ids over 65,536 buckets: a few collisions at most when the hash spreads.
    expect(buckets.size).toBeGreaterThan(490);
  });

  it('are the same whatever order the records are counted in', () => {
    expect(digestsOf([...records].reverse()).differingBuckets(digestsOf(records)).size).toBe(0);
  });

  it('differ in exactly the bucket of a record whose content changed, was added or has no hash', () => {
    const base = digestsOf(records);
    const changed = records.map((r, i) => (i === 10 ? { ...r, hash: 'another' } : r));
    expect([...digestsOf(changed).differingBuckets(base)]).toEqual([bucketOf('person:10')]);
    expect([...digestsOf([...records, { id: 'person:new', hash: 'h' }]).differingBuckets(base)]).toEqual([bucketOf('person:new')]);
    const unhashed = records.map((r, i) => (i === 3 ? { ...r, hash: null } : r));
    expect([...digestsOf(unhashed).differingBuckets(base)]).toEqual([bucketOf('person:3')]);
  });

  it('update record by record to the digests of the new content: remove the old hash, add the new', () => {
    const updated = digestsOf(records);
    updated.remove('person:7', records[7]!.hash);
    updated.add('person:7', 'seven');
    updated.add('person:new', 'fresh');
    const expected = digestsOf([...records.map((r, i) => (i === 7 ? { ...r, hash: 'seven' } : r)), { id: 'person:new', hash: 'fresh' }]);
    expect(updated.differingBuckets(expected).size).toBe(0);
    updated.remove('person:new', 'fresh');
    expect(updated.differingBuckets(digestsOf(records.map((r, i) => (i === 7 ? { ...r, hash: 'seven' } : r)))).size).toBe(0);
  });

  it('round-trip through the bytes Neo4j stores, and refuse bytes of another size', () => {
    const digests = digestsOf(records);
    const back = BucketDigests.fromBytes(digests.toBytes());
    expect(back).not.toBeNull();
    expect(back!.differingBuckets(digests).size).toBe(0);
    expect(back!.differingBuckets(BucketDigests.empty()).size).toBeGreaterThan(490);
    expect(BucketDigests.fromBytes(new Int8Array(16))).toBeNull();
  });

  it('carry a change as a delta of the differing buckets alone, which applied to the base gives the changed digests', () => {
    const base = digestsOf(records);
    const changed = base.copy();
    changed.remove(records[3]!.id, records[3]!.hash);
    changed.add(records[3]!.id, 'three');
    changed.add('person:new', 'fresh');
    const delta = changed.deltaFrom(base);
    expect(delta.byteLength).toBe(10 * changed.differingBuckets(base).size);
    expect(base.withDelta(delta)!.differingBuckets(changed).size).toBe(0);
    expect(base.withDelta(base.deltaFrom(base))!.differingBuckets(base).size).toBe(0);
    expect(base.withDelta(new Int8Array(7))).toBeNull();
  });

  it('leave the base as it is when a delta is applied', () => {
    const base = digestsOf(records);
    const changed = base.copy();
    changed.add('person:new', 'fresh');
    base.withDelta(changed.deltaFrom(base));
    expect(base.differingBuckets(digestsOf(records)).size).toBe(0);
  });

  it('copy without sharing: changing the copy leaves the original', () => {
    const original = digestsOf(records);
    const copy = original.copy();
    copy.add('person:extra', 'e');
    expect(copy.differingBuckets(original).size).toBe(1);
    expect(original.differingBuckets(digestsOf(records)).size).toBe(0);
  });
});
