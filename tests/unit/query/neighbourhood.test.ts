import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { neighbourhood } from '../../../src/query/index.js';
import { fixtureGraph, ids } from './fixture-graph.js';

const nodeIds = (answer: Awaited<ReturnType<typeof neighbourhood>>) => answer.elements.nodes.map((n) => n.data.id);

describe('neighbourhood', () => {
  const store = createEmbeddedStore(fixtureGraph());

  it('returns the direct neighbours as Cytoscape elements, without documents by default', async () => {
    const answer = await neighbourhood(store, ids.KIM, { depth: 1, limit: 100 });
    expect(nodeIds(answer)).toEqual(['country:KR', ids.EV_WASH, ids.MOTIR, ids.GREER, ids.KIM]);
    expect(answer.truncated).toBe(false);
    expect(answer.elements.edges).toContainEqual({
      data: expect.objectContaining({ id: 'MET:person:jamieson-greer->person:kim-jung-kwan', source: ids.GREER, target: ids.KIM, type: 'MET', count: 1 }),
    });
    expect(answer.elements.edges.every((e) => !('evidence' in e.data))).toBe(true);
  });

  it('tells how many documents mention each node instead of listing their ids', async () => {
    const answer = await neighbourhood(store, ids.KIM, { depth: 1, limit: 100 });
    const kim = answer.elements.nodes.find((n) => n.data.id === ids.KIM)!.data as Record<string, unknown>;
    expect(kim.docCount).toBe((await store.getNode(ids.KIM))!.attributes.docIds!.length);
    expect(answer.elements.nodes.every((n) => !('docIds' in n.data))).toBe(true);
  });

  it('includes the edges among the outermost nodes', async () => {
    const answer = await neighbourhood(store, ids.KIM, { depth: 1, limit: 100 });
    expect(answer.elements.edges.map((e) => e.data.id)).toContain('ATTENDED:person:jamieson-greer->event:2025-07-31-washington');
  });

  it('follows MENTIONS only when asked, and keeps to the asked labels', async () => {
    expect(nodeIds(await neighbourhood(store, ids.KIM, { depth: 1, limit: 100, types: ['MENTIONS'] }))).toEqual([ids.DOC_A, ids.KIM]);
    expect(nodeIds(await neighbourhood(store, ids.KIM, { depth: 2, limit: 100, labels: ['Person'] }))).toEqual([ids.GREER, ids.KIM]);
  });

  it('drops edges outside the date range', async () => {
    const answer = await neighbourhood(store, 'country:KR', { depth: 1, limit: 100, from: '2025-09-01' });
    expect(nodeIds(answer)).toEqual([ids.MOU, 'country:KR', ids.YEO]);
  });

  it('cuts at the limit, nearest nodes first, and says so', async () => {
    const answer = await neighbourhood(store, ids.KIM, { depth: 3, limit: 3 });
    expect(answer.elements.nodes).toHaveLength(3);
    expect(answer.truncated).toBe(true);
    expect(nodeIds(answer)).toContain(ids.KIM);
  });
});
