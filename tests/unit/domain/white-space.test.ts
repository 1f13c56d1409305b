import { describe, expect, it } from 'vitest';
import { isWhiteSpaceCode } from '../../../src/domain/index.js';

describe('isWhiteSpaceCode', () => {
  it('is true for exactly the characters /\\s/ matches, over the whole Basic Multilingual Plane', () => {
    const disagreeing: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (isWhiteSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagreeing.push(code);
    }
    expect(disagreeing).toEqual([]);
  });

  it('counts a no-break space and a byte-order mark, not a zero-width space', () => {
    expect([0xa0, 0xfeff, 0x200b].map(isWhiteSpaceCode)).toEqual([true, true, false]);
  });
});
