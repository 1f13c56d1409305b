import type { GraphStore } from '../domain/index.js';
import { documentsPage } from './entity-documents.js';
import { nodesToShow } from './nodes-to-show.js';
import type { Page } from './page.js';
import { sortedKeys, summarize } from './presenters.js';
import { requireNode } from './require-node.js';
import type { EntityDetail, Position } from './types.js';

// docIds are the documents, which the answer pages (`documents`, `documentTotal`): Korea's were
// 0.9 MB of the 1000× graph's answer once its documents were paged.
const NOT_ATTRIBUTES = new Set(['label', 'name', 'aliases', 'text', 'docIds']);

/**
 * The documents an entity answer lists when no page is asked for: the first twenty by date, with
 * `documentTotal`. A country names most releases (6.3 MB and a quarter of a second for Korea's
 * answer on the 1000× graph, the endpoint's whole tail); `documentOffset` asks for the rest.
 */
export const DEFAULT_DOCUMENT_PAGE: Page = Object.freeze({ offset: 0, limit: 20 });

/**
 * Everything known about one entity: its names, the positions it held (title, organisation, first
 * and last seen, evidence), how many relations of each type it has and one page of the documents
 * naming it, with how many there are.
 */
export async function entityDetail(store: GraphStore, id: string, documentPage: Page = DEFAULT_DOCUMENT_PAGE): Promise<EntityDetail> {
  const node = await requireNode(store, id);
  // Counted and listed only: where a store draws edges, the positions' evidence is read for them alone.
  const edges = store.drawnEdgesOf ? await store.drawnEdgesOf(id) : await store.edgesOf(id);
  const relationCounts: Record<string, number> = {};
  for (const edge of edges) relationCounts[edge.attributes.type] = (relationCounts[edge.attributes.type] ?? 0) + 1;

  const listed = edges.filter((edge) => edge.attributes.type === 'HOLDS_POSITION' && edge.source === id);
  const held = store.drawnEdgesOf && listed.length > 0 ? await store.edgesOf(id, { types: ['HOLDS_POSITION'], direction: 'out' }) : listed;
  const orgs = new Map((await nodesToShow(store, held.map((edge) => edge.target))).map((org) => [org.id, org]));
  const positions: Position[] = held
    .filter((edge) => orgs.has(edge.target))
    .map((edge) => ({
      edgeId: edge.id,
      title: edge.attributes.title ?? null,
      organization: summarize(orgs.get(edge.target)!),
      firstSeen: edge.attributes.firstDate ?? null,
      lastSeen: edge.attributes.lastDate ?? null,
      evidence: edge.attributes.evidence,
    }))
    .sort((a, b) => (a.firstSeen ?? '').localeCompare(b.firstSeen ?? '') || (a.edgeId < b.edgeId ? -1 : 1));

  const mentionedBy = edges.filter((edge) => edge.attributes.type === 'MENTIONS' && edge.target === id).map((edge) => edge.source);
  const { documents, total } = await documentsPage(store, [...(node.attributes.docIds ?? []), ...mentionedBy], documentPage);
  const attributes = sortedKeys(Object.fromEntries(Object.entries(node.attributes).filter(([key]) => !NOT_ATTRIBUTES.has(key))));
  return {
    id,
    label: node.attributes.label,
    name: node.attributes.name,
    aliases: node.attributes.aliases,
    attributes,
    positions,
    relationCounts: Object.fromEntries(Object.entries(relationCounts).sort(([a], [b]) => (a < b ? -1 : 1))),
    documents,
    documentTotal: total,
    documentPage: { offset: documentPage.offset, limit: documentPage.limit },
  };
}
