import { InvalidRequestError } from '../../domain/index.js';
import type { StoreGraph } from './embedded-store.js';
import { mergeEdgeAttributes, mergeNodeAttributes } from '../merge-records.js';
import type { SnapshotSink } from './snapshot-sink.js';
import { useDictionaryTables } from './dictionary-adjacency.js';

/**
 * A SnapshotSink that adds each record to the store's graph as it is read: no lists of records,
 * no second pass. The decoder has already checked that every edge's ends were given as nodes. A
 * key given twice is merged as the store merges any record loaded again; an edge key given again
 * with other ends is EDGE_ENDPOINTS_CHANGED, as in a load.
 */
export function graphSink(g: StoreGraph): SnapshotSink {
  return {
    node: (id, attributes) => {
      if (g.hasNode(id)) g.replaceNodeAttributes(id, mergeNodeAttributes(g.getNodeAttributes(id), attributes));
      else {
        g.addNode(id, attributes);
        useDictionaryTables(g, id);
      }
    },
    edge: (id, source, target, attributes) => {
      // Added first and checked only on refusal: a hasEdge before every add cost 1.6 s CPU of the
      // 1.4M edges of a 1000x snapshot (each fresh key hashed twice).
      try {
        g.addDirectedEdgeWithKey(id, source, target, attributes);
        return;
      } catch (error) {
        if (!g.hasEdge(id)) throw error;
      }
      if (g.source(id) !== source || g.target(id) !== target) {
        throw new InvalidRequestError('EDGE_ENDPOINTS_CHANGED', `Edge ${id} is stored as ${g.source(id)} -> ${g.target(id)} but loaded as ${source} -> ${target}; an edge id names one pair of endpoints.`);
      }
      g.replaceEdgeAttributes(id, mergeEdgeAttributes(g.getEdgeAttributes(id), attributes));
    },
  };
}
