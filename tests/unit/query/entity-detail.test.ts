import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { entityDetail } from '../../../src/query/index.js';
import { fixtureGraph, ids } from './fixture-graph.js';

describe('entityDetail', () => {
  const store = createEmbeddedStore(fixtureGraph());

  it('lists the positions a person held with title, organisation, dates and the sentence', async () => {
    const detail = await entityDetail(store, ids.YEO);
    expect(detail.positions).toEqual([
      expect.objectContaining({ title: 'Trade Minister', organization: expect.objectContaining({ id: ids.MOTIR }), firstSeen: '2025-09-16', lastSeen: '2025-09-16' }),
    ]);
    expect(detail.positions[0]!.evidence[0]!.sentence).toContain('Trade Minister Yeo Han-koo');
  });

  it('counts relations by type and names the documents that mention the entity', async () => {
    const detail = await entityDetail(store, ids.YEO);
    expect(detail.relationCounts).toEqual({ ATTENDED: 1, HOLDS_POSITION: 1, MENTIONS: 1, MET: 1, REPRESENTS: 1, SIGNED: 1 });
    expect(detail.documents).toEqual([{ id: ids.DOC_B, title: 'Korea and the EU sign an MOU on supply chains', date: '2025-09-16', url: null }]);
  });

  it('keeps the other attributes but never the document text', async () => {
    expect((await entityDetail(store, ids.MOTIR)).attributes).toMatchObject({ acronym: 'MOTIR', kind: 'government', country: 'KR' });
    expect((await entityDetail(store, ids.DOC_A)).attributes).not.toHaveProperty('text');
  });

  it('throws ENTITY_NOT_FOUND for an unknown id', async () => {
    await expect(entityDetail(store, 'person:nobody')).rejects.toMatchObject({ code: 'ENTITY_NOT_FOUND' });
  });
});
