import { fnv1a32, murmurFinalise } from '../domain/index.js';

/** Bits in the doorkeeper's filter: 2^18 bits is 32 KB, allocated once. */
export const DOORKEEPER_BITS = 1 << 18;

/** Keys remembered before the filter forgets them all: the window in which a second ask counts. */
export const DOORKEEPER_WINDOW = 10_000;

/**
 * TinyLFU's doorkeeper: a Bloom filter (two probes of one bit array) of the keys asked once in the
 * current window. `admit` says whether a key was already seen in the window, and remembers it if
 * not. A cache that stores only admitted keys keeps the questions asked again (the viewer's
 * neighbourhoods) while a stream of questions asked once (users' distinct searches) costs a hash
 * and two bit tests instead of an old-generation string each, churned out by the next ones.
 * The filter is a fixed typed array, so remembering costs the collector nothing. After `window`
 * new keys it is cleared, so its false-positive rate stays below ~1% (at 10k keys in 262k bits,
 * two probes) and a key asked twice a long while apart is treated as new; a false positive only
 * admits a one-off answer, never changes an answer.
 */
export class Doorkeeper {
  private readonly bits: Uint32Array;
  private readonly mask: number;
  private remembered = 0;

  constructor(
    bits: number = DOORKEEPER_BITS,
    private readonly window: number = DOORKEEPER_WINDOW,
  ) {
    if (!Number.isInteger(Math.log2(bits)) || bits < 32) throw new RangeError(`doorkeeper bits must be a power of two ≥ 32, instead found ${bits}`);
    this.bits = new Uint32Array(bits / 32);
    this.mask = bits - 1;
  }

  /** True when `key` was seen since the last clearing; false (and remembered) when it is new. */
  admit(key: string): boolean {
    const first = fnv1a32(key);
    const second = murmurFinalise(first ^ 0x9e3779b9);
    const a = first & this.mask;
    const b = second & this.mask;
    const seen = this.test(a) && this.test(b);
    if (seen) return true;
    if (this.remembered >= this.window) {
      this.bits.fill(0);
      this.remembered = 0;
    }
    this.set(a);
    this.set(b);
    this.remembered++;
    return false;
  }

  private test(bit: number): boolean {
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  private set(bit: number): void {
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }
}
