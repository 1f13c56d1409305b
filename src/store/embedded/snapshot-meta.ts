import type { GraphData } from '../../domain/index.js';

/** How many nodes and edges a snapshot holds, by label and type: a truncated file is caught by them. */
export interface SnapshotCounts {
  readonly nodes: number;
  readonly edges: number;
  readonly nodesByLabel: Readonly<Record<string, number>>;
  readonly edgesByType: Readonly<Record<string, number>>;
}

/** One input file a snapshot was built from, by content: moving or touching it changes nothing. */
export interface SnapshotInputFile {
  /** As the build read it: the input path given, joined with the file's place below it. */
  readonly path: string;
  readonly bytes: number;
  /** Hex sha256 of the file's bytes. */
  readonly sha256: string;
}

/** The build options that shape the graph, as plain JSON (no functions, no progress callbacks). */
export type SnapshotBuildOptions = Readonly<Record<string, unknown>>;

/** What a snapshot says about itself. */
export interface SnapshotMeta {
  /** 2 for JSON Lines; 1 for the single-JSON format of earlier versions (read, never written). */
  readonly formatVersion: number;
  readonly schemaVersion: number;
  /** ISO timestamp, only when the caller injects one: snapshots are byte-identical otherwise. */
  readonly builtAt?: string;
  /** The input paths the graph was built from, as given. */
  readonly inputs: readonly string[];
  /** Every file read below those paths, with its hash; absent when the writer did not record them. */
  readonly files?: readonly SnapshotInputFile[];
  /** The build's options; absent when the writer did not record them. */
  readonly options?: SnapshotBuildOptions;
  readonly counts: SnapshotCounts;
}

/** What a caller says about a snapshot; the versions and counts are taken from the graph itself. */
export interface SnapshotMetaInput {
  readonly inputs: readonly string[];
  readonly builtAt?: string;
  readonly files?: readonly SnapshotInputFile[];
  readonly options?: SnapshotBuildOptions;
}

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
