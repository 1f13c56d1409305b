import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { createQueryService, edgeDetail, stats } from '../../../src/query/index.js';
import { fixtureGraph, ids } from './fixture-graph.js';

describe('edgeDetail', () => {
  const store = createEmbeddedStore(fixtureGraph());
  const MET = 'MET:person:maros-sefcovic->person:yeo-han-koo';

  it('gives a relation’s ends, evidence and the titles and dates of its documents', async () => {
    const detail = await edgeDetail(store, MET);
    expect(detail).toMatchObject({ type: 'MET', source: { id: ids.SEF }, target: { id: ids.YEO }, attributes: { eventIds: [ids.EV_BRU], count: 1 } });
    expect(detail.attributes).not.toHaveProperty('evidence');
    expect(detail.documents).toEqual([{ id: ids.DOC_B, title: 'Korea and the EU sign an MOU on supply chains', date: '2025-09-16', url: null }]);
  });

  it('throws EDGE_NOT_FOUND for an unknown id', async () => {
    await expect(edgeDetail(store, 'MET:a->b')).rejects.toMatchObject({ code: 'EDGE_NOT_FOUND' });
  });
});

describe('stats', () => {
  it('counts by label and type and gives the dates the documents cover', async () => {
    const answer = await stats(createEmbeddedStore(fixtureGraph()), { builtAt: '2025-10-01T00:00:00Z' });
    expect(answer).toMatchObject({ backend: 'embedded', capabilities: { cypher: false }, nodes: 16, dateRange: { from: '2025-07-31', to: '2025-09-16' }, build: { builtAt: '2025-10-01T00:00:00Z' } });
    expect(answer.edges).toBe(Object.values(answer.edgesByType).reduce((a, b) => a + b, 0));
  });

  it('counts once per load: a load through the query service is counted, the next answer too', async () => {
    const query = createQueryService(createEmbeddedStore(fixtureGraph()));
    expect((await query.stats()).nodesByLabel.Person).toBe((await query.stats()).nodesByLabel.Person);
    const before = await query.stats();
    await query.load({ ...fixtureGraph(), nodes: [{ id: 'person:new-envoy', attributes: { label: 'Person', name: 'New Envoy', aliases: [] } }], edges: [] });
    const after = await query.stats();
    expect(after.nodes).toBe(before.nodes + 1);
    expect(after.nodesByLabel.Person).toBe(before.nodesByLabel.Person! + 1);
  });
});
