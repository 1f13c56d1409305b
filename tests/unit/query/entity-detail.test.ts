import { describe, expect, it } from 'vitest';
import type { GraphData, GraphStore } from '../../../src/domain/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { entityDetail } from '../../../src/query/index.js';
import { fixtureEdge } from '../../support/fixture-edge.js';
import { fixtureGraph, ids } from './fixture-graph.js';

/**
 * The fixture graph with five more releases naming Kim Jung-kwan: one undated, two on one day, one
 * by his own docIds only, one by a MENTIONS edge only and one by both (listed once).
 */
function kimInManyReleases(): GraphData {
  const graph = fixtureGraph();
  const extra = [
    { id: 'doc:x-undated', date: undefined },
    { id: 'doc:x-late', date: '2026-01-02' },
    { id: 'doc:x-same-b', date: '2025-03-01' },
    { id: 'doc:x-same-a', date: '2025-03-01' },
    { id: 'doc:x-early', date: '2024-12-31' },
  ];
  const nodes = graph.nodes.map((node) => (node.id === ids.KIM ? { ...node, attributes: { ...node.attributes, docIds: [...(node.attributes.docIds ?? []), 'doc:x-late', 'doc:x-same-a', 'doc:x-early'] } } : node));
  for (const doc of extra) nodes.push({ id: doc.id, attributes: { label: 'Document', name: `Release ${doc.id}`, aliases: [], ...(doc.date ? { date: doc.date } : {}) } });
  const mentions = ['doc:x-undated', 'doc:x-same-b', 'doc:x-early'].map((docId) =>
    fixtureEdge('MENTIONS', docId, ids.KIM, [{ docId, date: null, sentence: 'Kim Jung-kwan spoke.', sentenceStart: 0, start: 0, end: 13 }]),
  );
  return { ...graph, nodes: nodes.sort((a, b) => (a.id < b.id ? -1 : 1)), edges: [...graph.edges, ...mentions].sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

/** The same store seen as another backend would be: entity detail then reads and sorts every document, as Neo4j is asked. */
function asAnotherBackend(store: GraphStore): GraphStore {
  return { ...store, backend: 'neo4j' } as GraphStore;
}

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

  it('keeps the other attributes but never the document text, nor the document ids the answer pages', async () => {
    expect((await entityDetail(store, ids.MOTIR)).attributes).toMatchObject({ acronym: 'MOTIR', kind: 'government', country: 'KR' });
    expect((await entityDetail(store, ids.DOC_A)).attributes).not.toHaveProperty('text');
    expect((await entityDetail(store, ids.KIM)).attributes).not.toHaveProperty('docIds');
  });

  it('lists the documents naming an entity once each, undated first, then by date and id, with how many there are', async () => {
    const detail = await entityDetail(createEmbeddedStore(kimInManyReleases()), ids.KIM);
    expect(detail.documents.map((doc) => doc.id)).toEqual(['doc:x-undated', 'doc:x-early', 'doc:x-same-a', 'doc:x-same-b', ids.DOC_A, 'doc:x-late']);
    expect(detail.documentTotal).toBe(6);
    expect(detail.documentPage).toEqual({ offset: 0, limit: 20 });
  });

  it('gives one page of the documents, whose pages put together are the whole list, on either backend', async () => {
    const store = createEmbeddedStore(kimInManyReleases());
    const whole = (await entityDetail(store, ids.KIM, { offset: 0, limit: 500 })).documents;
    for (const backend of [store, asAnotherBackend(store)]) {
      const pages = await Promise.all([0, 2, 4, 6].map((offset) => entityDetail(backend, ids.KIM, { offset, limit: 2 })));
      expect(pages.flatMap((page) => page.documents)).toEqual(whole);
      expect(pages.map((page) => [page.documentTotal, page.documents.length])).toEqual([[6, 2], [6, 2], [6, 2], [6, 0]]);
    }
  });

  it('throws ENTITY_NOT_FOUND for an unknown id', async () => {
    await expect(entityDetail(store, 'person:nobody')).rejects.toMatchObject({ code: 'ENTITY_NOT_FOUND' });
  });
});
