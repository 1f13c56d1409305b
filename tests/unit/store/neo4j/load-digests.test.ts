import { describe, expect, it } from 'vitest';
import { BucketDigests } from '../../../../src/store/neo4j/bucket-digests.js';
import { digestsAsWrittenWhole, digestStateOf, type DigestsRead } from '../../../../src/store/neo4j/load-digests.js';

const digests = (() => {
  const d = BucketDigests.empty();
  d.add('person:1', 'h1');
  return d;
})();

const read = (overrides: Partial<DigestsRead>): DigestsRead => ({
  state: 'valid',
  digests: digests.toBytes(),
  delta: null,
  digestCounts: [10, 20],
  counts: [10, 20],
  ...overrides,
});

describe('whether a load trusts the stored digests', () => {
  it('trusts valid digests written when as many nodes and relationships were stored as now', () => {
    const state = digestStateOf(read({}));
    expect(state.kind).toBe('valid');
    expect(state.kind === 'valid' && state.digests.differingBuckets(digests).size).toBe(0);
  });

  it('does not trust them once a node or a relationship was deleted or added behind the loader', () => {
    expect(digestStateOf(read({ counts: [9, 20] })).kind).toBe('unknown');
    expect(digestStateOf(read({ counts: [10, 19] })).kind).toBe('unknown');
    expect(digestStateOf(read({ counts: [11, 20] })).kind).toBe('unknown');
  });

  it('does not trust digests written before counts were kept, nor those of a load that died while writing', () => {
    expect(digestStateOf(read({ digestCounts: [null, null] })).kind).toBe('unknown');
    expect(digestStateOf(read({ state: 'writing' })).kind).toBe('unknown');
  });

  it('does not trust bytes that are not digests of this many buckets', () => {
    expect(digestStateOf(read({ digests: new Int8Array(16) })).kind).toBe('unknown');
    expect(digestStateOf(read({ digests: null })).kind).toBe('unknown');
  });

  it('calls a database with no records and no digests empty, and one with records but no digests unknown', () => {
    expect(digestStateOf({ state: null, digests: null, delta: null, digestCounts: [null, null], counts: [0, 0] }).kind).toBe('empty');
    expect(digestStateOf({ state: null, digests: null, delta: null, digestCounts: [null, null], counts: [5, 0] }).kind).toBe('unknown');
  });

  it('applies a stored delta to the base, and keeps the base for the next delta', () => {
    const grown = digests.copy();
    grown.add('person:2', 'h2');
    const state = digestStateOf(read({ delta: grown.deltaFrom(digests) }));
    expect(state.kind).toBe('valid');
    if (state.kind !== 'valid') return;
    expect(state.digests.differingBuckets(grown).size).toBe(0);
    expect(state.base.differingBuckets(digests).size).toBe(0);
  });

  it('does not trust a delta that is not one', () => {
    expect(digestStateOf(read({ delta: new Int8Array(3) })).kind).toBe('unknown');
  });
});

describe('the digests node as written whole', () => {
  it('is the base with the delta applied and no delta, so a checksum cannot tell a delta from a whole write', () => {
    const grown = digests.copy();
    grown.add('person:2', 'h2');
    // 512 KiB compared as base64: an element-wise deep equal of the arrays takes seconds.
    const text = (props: Record<string, unknown>) => ({ ...props, digests: Buffer.from(props.digests as Int8Array).toString('base64') });
    const whole = digestsAsWrittenWhole({ key: 1, digests: digests.toBytes(), digestsDelta: grown.deltaFrom(digests), state: 'valid' });
    expect(text(whole)).toEqual(text({ key: 1, digests: grown.toBytes(), state: 'valid' }));
    expect(text(digestsAsWrittenWhole({ key: 1, digests: grown.toBytes() }))).toEqual(text({ key: 1, digests: grown.toBytes() }));
  });
});
