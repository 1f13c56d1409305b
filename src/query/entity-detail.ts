import type { GraphStore } from '../domain/index.js';
import { documentRef, sortById, sortedKeys, summarize } from './presenters.js';
import { requireNode } from './require-node.js';
import type { EntityDetail, Position } from './types.js';

const NOT_ATTRIBUTES = new Set(['label', 'name', 'aliases', 'text']);

/**
 * Everything known about one entity: its names, the positions it held (title, organisation, first
 * and last seen, evidence), how many relations of each type it has and the documents naming it.
 */
export async function entityDetail(store: GraphStore, id: string): Promise<EntityDetail> {
  const node = await requireNode(store, id);
  const edges = await store.edgesOf(id);
  const relationCounts: Record<string, number> = {};
  for (const edge of edges) relationCounts[edge.attributes.type] = (relationCounts[edge.attributes.type] ?? 0) + 1;

  const held = edges.filter((edge) => edge.attributes.type === 'HOLDS_POSITION' && edge.source === id);
  const orgs = new Map((await store.getNodes(held.map((edge) => edge.target))).map((org) => [org.id, org]));
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
  const documents = await store.getNodes([...(node.attributes.docIds ?? []), ...mentionedBy]);
  const attributes = sortedKeys(Object.fromEntries(Object.entries(node.attributes).filter(([key]) => !NOT_ATTRIBUTES.has(key))));
  return {
    id,
    label: node.attributes.label,
    name: node.attributes.name,
    aliases: node.attributes.aliases,
    attributes,
    positions,
    relationCounts: Object.fromEntries(Object.entries(relationCounts).sort(([a], [b]) => (a < b ? -1 : 1))),
    documents: sortById(documents.filter((doc) => doc.attributes.label === 'Document').map(documentRef)).sort(
      (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.id < b.id ? -1 : 1),
    ),
  };
}
