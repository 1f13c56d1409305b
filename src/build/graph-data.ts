import { SCHEMA_VERSION, type EdgeRecord, type GraphData, type NodeRecord } from '../domain/index.js';
import { createGraph, type Graph } from './graph.js';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The graph as plain data, nodes and edges sorted by id: what stores load and snapshots hold. */
export function toGraphData(graph: Graph): GraphData {
  const nodes: NodeRecord[] = graph.mapNodes((id, attributes) => ({ id, attributes }));
  const edges: EdgeRecord[] = graph.mapEdges((id, attributes, source, target) => ({ id, source, target, attributes }));
  return { schemaVersion: SCHEMA_VERSION, nodes: nodes.sort(byId), edges: edges.sort(byId) };
}

/** A graph from plain data; the inverse of toGraphData. */
export function fromGraphData(data: GraphData): Graph {
  const graph = createGraph();
  for (const node of data.nodes) graph.mergeNode(node.id, node.attributes);
  for (const edge of data.edges) graph.mergeEdgeWithKey(edge.id, edge.source, edge.target, edge.attributes);
  return graph;
}
