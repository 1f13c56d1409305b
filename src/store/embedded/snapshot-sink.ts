import type { EdgeAttributes, EdgeRecord, NodeAttributes, NodeRecord } from '../../domain/index.js';
import { carryHash } from '../carried-hashes.js';

/**
 * Where a snapshot's decoded nodes and edges go, one at a time and in file order (every node before
 * any edge, each edge's ends already given as nodes). Taking them one by one lets a reader build
 * its graph as the file streams by, without a list of records held and walked a second time.
 */
export interface SnapshotSink {
  /** `hash`: the record's content hash when the snapshot carries one (content-hash.ts). */
  node(id: string, attributes: NodeAttributes, hash?: string): void;
  edge(id: string, source: string, target: string, attributes: EdgeAttributes, hash?: string): void;
}

/** A sink that keeps the records as lists: readSnapshot's GraphData, each record with the hash it came with (carried-hashes.ts). */
export function recordsSink(): SnapshotSink & { readonly nodes: NodeRecord[]; readonly edges: EdgeRecord[] } {
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  return {
    nodes,
    edges,
    node: (id, attributes, hash) => {
      const record = { id, attributes };
      if (hash !== undefined) carryHash(record, hash);
      nodes.push(record);
    },
    edge: (id, source, target, attributes, hash) => {
      const record = { id, source, target, attributes };
      if (hash !== undefined) carryHash(record, hash);
      edges.push(record);
    },
  };
}
