import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../../src/domain/index.js';
import { toElements } from '../../../src/query/presenters.js';

const ministry = (extra: Partial<NodeRecord> = {}, docIds?: string[]): NodeRecord => ({
  id: 'org:ministry-of-trade',
  attributes: { label: 'Organization', name: 'Ministry of Trade', aliases: [], ...(docIds ? { docIds } : {}), firstSeen: '2025-01-02', lastSeen: '2025-03-04' },
  ...extra,
});

describe('toElements', () => {
  it('draws a node with how many documents mention it, never the ids themselves', () => {
    const [node] = toElements([ministry({}, ['doc:a', 'doc:b', 'doc:c'])], []).nodes;
    expect(node!.data).toMatchObject({ id: 'org:ministry-of-trade', docCount: 3 });
    expect(node!.data).not.toHaveProperty('docIds');
  });

  it('takes the number a store gave in place of the ids (a hub read for drawing)', () => {
    const [node] = toElements([ministry({ docCount: 4821 })], []).nodes;
    expect(node!.data).toMatchObject({ docCount: 4821 });
  });

  it('leaves the count out when neither the ids nor a number is known', () => {
    const [node] = toElements([ministry()], []).nodes;
    expect(node!.data).not.toHaveProperty('docCount');
  });
});
