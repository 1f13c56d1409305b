import { describe, expect, it } from 'vitest';
import { fnv1a32, murmurFinalise } from '../../../src/domain/hash-mix.js';

describe('fnv1a32', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes UTF-16 code units, so text outside ASCII hashes too', () => {
    expect(fnv1a32('é')).not.toBe(fnv1a32('e'));
    expect(fnv1a32('𝔸')).toBeGreaterThanOrEqual(0);
  });
});

describe('murmurFinalise', () => {
  it("gives MurmurHash3's fmix32 values, unsigned", () => {
    expect(murmurFinalise(0)).toBe(0);
    expect(murmurFinalise(1)).toBe(0x514e28b7);
    expect(murmurFinalise(0xdeadbeef)).toBe(0x0de5c6a9);
    expect(murmurFinalise(-1)).toBeGreaterThanOrEqual(0);
  });
});
