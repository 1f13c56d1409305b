import type { GraphData } from '../../domain/graph.js';

/** How many nodes and edges a snapshot holds, by label and type: a truncated file is caught by them. */
export interface SnapshotCounts {
  readonly nodes: number;
  readonly edges: number;
  readonly nodesByLabel: Readonly<Record<string, number>>;
  readonly edgesByType: Readonly<Record<string, number>>;
}

/** The graph attributes of a snapshot. */
export interface SnapshotMeta {
  readonly schemaVersion: number;
  /** ISO timestamp, only when the caller injects one: snapshots are byte-identical otherwise. */
  readonly builtAt?: string;
  /** The input paths the graph was built from, as given. */
  readonly inputs: readonly string[];
  readonly counts: SnapshotCounts;
}

/** What a caller says about a snapshot; the version and counts are taken from the graph itself. */
export type SnapshotMetaInput = Pick<SnapshotMeta, 'inputs'> & { readonly builtAt?: string };

/** Counts a graph, keys sorted, absent labels and types left out. */
export function countGraph(graph: GraphData): SnapshotCounts {
  const tally = (values: readonly string[]) => {
    const counts: Record<string, number> = {};
    for (const value of [...values].sort()) counts[value] = (counts[value] ?? 0) + 1;
    return counts;
  };
  return {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    nodesByLabel: tally(graph.nodes.map((n) => n.attributes.label)),
    edgesByType: tally(graph.edges.map((e) => e.attributes.type)),
  };
}
