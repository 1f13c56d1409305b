import type { EdgeAttributes, EdgeRecord, NodeAttributes, NodeRecord } from '../../domain/index.js';

/**
 * Where a snapshot's decoded nodes and edges go, one at a time and in file order (every node before
 * any edge, each edge's ends already given as nodes). Taking them one by one lets a reader build
 * its graph as the file streams by, without a list of records held and walked a second time.
 */
export interface SnapshotSink {
  node(id: string, attributes: NodeAttributes): void;
  edge(id: string, source: string, target: string, attributes: EdgeAttributes): void;
}

/** A sink that keeps the records as lists: readSnapshot's GraphData. */
export function recordsSink(): SnapshotSink & { readonly nodes: NodeRecord[]; readonly edges: EdgeRecord[] } {
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  return {
    nodes,
    edges,
    node: (id, attributes) => void nodes.push({ id, attributes }),
    edge: (id, source, target, attributes) => void edges.push({ id, source, target, attributes }),
  };
}
