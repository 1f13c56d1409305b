import type { GraphData } from '../domain/index.js';
import { writeGexf } from './graph/gexf.js';
import { writeGraphml } from './graph/graphml.js';

export const GRAPH_FORMATS = ['graphml', 'gexf', 'json'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/**
 * The graph as a file other tools open: GraphML (yEd, NetworkX), GEXF (Gephi), or JSON in
 * graphology's serialised form (sigma.js, graphology's Graph.from). Lists and evidence are JSON
 * strings in the XML formats; JSON keeps them as they are.
 */
export function exportGraph(data: GraphData, format: GraphFormat): string {
  switch (format) {
    case 'graphml':
      return writeGraphml(data);
    case 'gexf':
      return writeGexf(data);
    case 'json':
      return `${sortedJson({
        attributes: { schemaVersion: data.schemaVersion },
        options: { type: 'directed', multi: true, allowSelfLoops: true },
        nodes: data.nodes.map((n) => ({ key: n.id, attributes: n.attributes })),
        edges: data.edges.map((e) => ({ key: e.id, source: e.source, target: e.target, attributes: e.attributes })),
      })}\n`;
  }
}

function sortedJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    2,
  );
}
