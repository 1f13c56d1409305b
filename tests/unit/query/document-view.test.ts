import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';
import { documentView } from '../../../src/query/index.js';
import { fixtureGraph, ids } from './fixture-graph.js';

describe('documentView', () => {
  const store = createEmbeddedStore(fixtureGraph());

  it('marks every mention at its offsets in the text, in reading order', async () => {
    const view = await documentView(store, ids.DOC_B);
    expect(view.mentions.map((m) => view.text.slice(m.start, m.end))).toEqual([
      'Yeo Han-koo',
      'EU',
      'Maroš Šefčovič',
      'Korea-EU MOU on Supply Chains',
      'Yeo Han-koo',
      'European Commission',
    ]);
    expect(view.mentions[0]).toEqual({ start: 15, end: 26, entityId: ids.YEO, label: 'Person', name: 'Yeo Han-koo' });
  });

  it('gives the title, date and sources of the document', async () => {
    expect(await documentView(store, ids.DOC_A)).toMatchObject({ title: 'Minister Kim Jung-kwan meets USTR Greer in Washington', date: '2025-07-31', sources: ['seeds/000.txt#1'] });
  });

  it('throws DOCUMENT_NOT_FOUND for an entity id', async () => {
    await expect(documentView(store, ids.KIM)).rejects.toMatchObject({ code: 'DOCUMENT_NOT_FOUND' });
  });
});
