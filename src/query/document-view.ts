import type { EdgeRecord, GraphStore } from '../domain/index.js';
import { requireNode } from './require-node.js';
import type { DocumentView, MarkedMention } from './types.js';

/**
 * A document's text with each extracted mention marked: the MENTIONS edges' evidence spans in this
 * document, sorted by start, overlaps resolved in favour of the earlier (then longer) span.
 */
export async function documentView(store: GraphStore, id: string): Promise<DocumentView> {
  const doc = await requireNode(store, id, 'Document');
  const text = doc.attributes.text ?? '';
  const mentions = await store.edgesOf(id, { types: ['MENTIONS'], direction: 'out' });
  const entities = new Map((await store.getNodes(mentions.map((edge) => edge.target))).map((n) => [n.id, n]));
  const spans: MarkedMention[] = mentions.flatMap((edge: EdgeRecord) => {
    const entity = entities.get(edge.target);
    if (!entity) return [];
    return edge.attributes.evidence
      .filter((e) => e.docId === id && e.start >= 0 && e.end <= text.length && e.start < e.end)
      .map((e) => ({ start: e.start, end: e.end, entityId: entity.id, label: entity.attributes.label, name: entity.attributes.name }));
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end || (a.entityId < b.entityId ? -1 : 1));
  const marked: MarkedMention[] = [];
  for (const span of spans) if (span.start >= (marked[marked.length - 1]?.end ?? 0)) marked.push(span);
  return {
    id,
    title: doc.attributes.name,
    date: doc.attributes.date ?? null,
    category: doc.attributes.category ?? null,
    url: doc.attributes.url ?? null,
    sources: doc.attributes.sources ?? [],
    text,
    mentions: marked,
  };
}
