import graphology from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../domain/index.js';

/** The typed graphology graph build/ produces: directed, with parallel edges told apart by key. */
export type Graph = graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** An empty graph of the project's type. */
export function createGraph(): Graph {
  return new graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}
