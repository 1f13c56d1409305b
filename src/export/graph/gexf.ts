import gexf from 'graphology-gexf';
import graphology from 'graphology';
import type { GraphData } from '../../domain/graph.js';
import { flattenAttributes } from './flatten.js';

/**
 * GEXF 1.3 for Gephi through graphology-gexf's writer. GEXF reserves `label` for the displayed
 * name, so a node shows its `name` and keeps its label as `nodeLabel`; an edge shows its type.
 */
export function writeGexf(data: GraphData): string {
  const graph = new graphology.MultiDirectedGraph();
  for (const node of data.nodes) {
    const { label, ...rest } = node.attributes;
    graph.addNode(node.id, { ...flattenAttributes(rest), nodeLabel: label });
  }
  for (const edge of data.edges) graph.addEdgeWithKey(edge.id, edge.source, edge.target, flattenAttributes(edge.attributes));
  return gexf.write(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => ({ label: String(attributes.name ?? ''), attributes }),
    formatEdge: (_key, attributes) => ({ label: String(attributes.type ?? ''), attributes }),
  });
}
