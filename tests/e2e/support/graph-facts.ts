import type { EdgeRecord, GraphData, NodeRecord } from '../../../src/domain/index.js';

/** Questions the browser tests ask of the graph they serve, so assertions follow the data. */
export function graphFacts(graph: GraphData) {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const adjacency = new Map<string, EdgeRecord[]>();
  for (const edge of graph.edges) {
    if (edge.attributes.type === 'MENTIONS') continue;
    for (const end of [edge.source, edge.target]) adjacency.set(end, [...(adjacency.get(end) ?? []), edge]);
  }
  const other = (edge: EdgeRecord, id: string) => (edge.source === id ? edge.target : edge.source);

  return {
    node: (id: string): NodeRecord | undefined => nodes.get(id),
    byName: (name: string): NodeRecord | undefined => graph.nodes.find((n) => n.attributes.name === name),
    edgesOf: (id: string): EdgeRecord[] => adjacency.get(id) ?? [],
    neighbours: (id: string): string[] => [...new Set((adjacency.get(id) ?? []).map((e) => other(e, id)))],
    /** Hop distances from `id` over every relation but MENTIONS. */
    distances(id: string): Map<string, number> {
      const seen = new Map([[id, 0]]);
      const queue = [id];
      while (queue.length > 0) {
        const current = queue.shift()!;
        for (const edge of adjacency.get(current) ?? []) {
          const next = other(edge, current);
          if (!seen.has(next)) {
            seen.set(next, seen.get(current)! + 1);
            queue.push(next);
          }
        }
      }
      return seen;
    },
  };
}
