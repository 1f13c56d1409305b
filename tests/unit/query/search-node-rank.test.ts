import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../../src/domain/index.js';
import { nodeRanks } from '../../../src/query/search-node-rank.js';

const listed = (...ids: string[]) => ids.map((id) => ({ id, attributes: { label: 'Person', name: id, aliases: [] } }) as unknown as NodeRecord);

describe('nodeRanks', () => {
  it('ranks nodes listed in id order by their positions', () => {
    expect([...nodeRanks(listed('a', 'b', 'person:x', 'person:y'))]).toEqual([0, 1, 2, 3]);
  });

  it('ranks nodes listed in any other order by their ids, compared by code unit', () => {
    expect([...nodeRanks(listed('person:y', 'a', 'Z', 'person:x'))]).toEqual([3, 1, 0, 2]);
  });
});
