import type { EdgeRecord, NodeRecord } from '../domain/index.js';
import { toElements } from './presenters.js';
import type { Elements } from './types.js';

type NodeData = Elements['nodes'][number]['data'];

// A node's drawn data is the same object for as long as its attributes are (toElements keeps it), so its lean copy is kept beside it.
const leanDataOf = new WeakMap<NodeData, NodeData>();

function withoutAliases(data: NodeData): NodeData {
  if (data.aliases === undefined) return data;
  let lean = leanDataOf.get(data);
  if (!lean) {
    const { aliases: _aliases, ...rest } = data;
    leanDataOf.set(data, (lean = rest));
  }
  return lean;
}

/**
 * A country's drawing: toElements with the nodes' aliases left out. An agreement gathers hundreds
 * of wordings at 1000× ("Memorandum of Understanding on Friday, August 10", …): they made 85% of
 * Korea's drawing (43 of 50 KB) and nothing draws them; the entity panel reads them from
 * `GET /api/entities/{id}`, as every other attribute it shows.
 */
export function countryElements(nodes: Iterable<NodeRecord>, edges: Iterable<EdgeRecord>): Elements {
  const { nodes: drawn, edges: links } = toElements(nodes, edges);
  return { nodes: drawn.map(({ data }) => ({ data: withoutAliases(data) })), edges: links };
}
