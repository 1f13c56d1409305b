import type { EdgeRecord, NodeRecord } from '../../domain/index.js';
import { mergeEdgeAttributes, mergeNodeAttributes } from '../merge-records.js';

/** Records with one id each, and how many repeats were merged into earlier ones. */
export interface Folded<T> {
  readonly records: readonly T[];
  readonly folded: number;
}

/**
 * Merges nodes that repeat an id within one load into the first, with the stores' merge rule, as
 * the embedded store does. Relationship ids are not a uniqueness constraint in Neo4j (a plain
 * index is much cheaper to write), so the load itself must never send one id twice.
 */
export function foldNodes(nodes: readonly NodeRecord[]): Folded<NodeRecord> {
  return fold(nodes, (kept, next) => ({ id: kept.id, attributes: mergeNodeAttributes(kept.attributes, next.attributes) }));
}

/** As foldNodes; a repeat with other endpoints is handed to `onMoved`, which throws. */
export function foldEdges(edges: readonly EdgeRecord[], onMoved: (kept: EdgeRecord, next: EdgeRecord) => never): Folded<EdgeRecord> {
  return fold(edges, (kept, next) => {
    if (kept.source !== next.source || kept.target !== next.target) onMoved(kept, next);
    return { ...kept, attributes: mergeEdgeAttributes(kept.attributes, next.attributes) };
  });
}

function fold<T extends { readonly id: string }>(records: readonly T[], merge: (kept: T, next: T) => T): Folded<T> {
  const ids = new Set<string>();
  for (const record of records) ids.add(record.id);
  if (ids.size === records.length) return { records, folded: 0 };
  const byId = new Map<string, T>();
  for (const record of records) {
    const kept = byId.get(record.id);
    byId.set(record.id, kept ? merge(kept, record) : record);
  }
  return { records: [...byId.values()], folded: records.length - byId.size };
}
