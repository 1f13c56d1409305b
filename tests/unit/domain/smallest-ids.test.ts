import { describe, expect, it } from 'vitest';
import { smallest } from '../../../src/domain/index.js';

describe('smallest', () => {
  const ids = Array.from({ length: 500 }, (_, i) => `node:${((i * 7919) % 500).toString(36)}`);

  it.each([1, 3, 50, 500, 900])('keeps the %i smallest ids in code-unit order, as sorting them all would', (count) => {
    expect(smallest(ids, count)).toEqual([...ids].sort().slice(0, count));
  });
});
