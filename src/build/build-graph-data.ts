import { compareStrings, InvalidRequestError, SCHEMA_VERSION, type Document, type EdgeRecord, type GraphData, type NodeRecord } from '../domain/index.js';
import type { GraphInputs } from './build-graph.js';
import { documentAttributes, documentNodeKey } from './document-node.js';
import { mentionEdges, metEdges, relationEdges } from './edges.js';
import { entityAttributes } from './entity-node.js';

const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);

/**
 * The same data as toGraphData(buildGraph(documents, corpus)), made without a graphology graph in
 * between: at 1000x that graph held ~1 GB beside the records it was turned into. The merge rules
 * are graphology's: a node or edge key given again has its attributes assigned over the first
 * one's, in the order buildGraph adds them (documents by id, then entities, then edges by id); an
 * edge whose source or target is no node is left out.
 */
export function buildGraphData(documents: readonly Document[], corpus: GraphInputs): GraphData {
  const nodes = new Map<string, NodeRecord>();
  const mergeNode = (id: string, attributes: NodeRecord['attributes']) => {
    const found = nodes.get(id);
    if (found) Object.assign(found.attributes, attributes);
    else nodes.set(id, { id, attributes });
  };
  for (const doc of [...documents].sort(byId)) mergeNode(documentNodeKey(doc.id), documentAttributes(doc));
  for (const entity of corpus.entities) mergeNode(entity.key, entityAttributes(entity));
  const edges = relationEdges(corpus.relations);
  for (const edge of metEdges(corpus.relations)) edges.push(edge);
  for (const edge of mentionEdges(corpus)) edges.push(edge);
  edges.sort(byId);
  // Compacted in place: sorted, a repeated key is next to its first occurrence.
  let kept = 0;
  for (const edge of edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    const previous = kept > 0 ? (edges[kept - 1] as EdgeRecord) : undefined;
    if (previous?.id === edge.id) {
      if (previous.source !== edge.source || previous.target !== edge.target) {
        throw new InvalidRequestError(
          'EDGE_ENDPOINTS_CHANGED',
          `Edge ${edge.id} was built as ${previous.source} -> ${previous.target} and again as ${edge.source} -> ${edge.target}; an edge id names one pair of endpoints.`,
        );
      }
      Object.assign(previous.attributes, edge.attributes);
      continue;
    }
    edges[kept] = edge;
    kept += 1;
  }
  edges.length = kept;
  return { schemaVersion: SCHEMA_VERSION, nodes: [...nodes.values()].sort(byId), edges };
}
