import type { Document, ResolvedCorpus } from '../domain/index.js';
import type { GraphEntity } from './entity-node.js';

export type { GraphEntity };

/** What the graph is made of: the resolved entities and relations (the corpus's keyOf is not needed). */
export type GraphInputs = { readonly entities: readonly GraphEntity[] } & Pick<ResolvedCorpus, 'relations'>;
import { documentAttributes, documentNodeKey } from './document-node.js';
import { mentionEdges, metEdges, relationEdges } from './edges.js';
import { entityAttributes } from './entity-node.js';
import { createGraph, type Graph } from './graph.js';

/**
 * The graph of a resolved corpus: a node per document and per entity, an edge per relation, a
 * MENTIONS edge from each document to each entity it names. Keys are deterministic and nodes and
 * edges are merged, so building twice into the same graph changes nothing.
 */
export function buildGraph(documents: readonly Document[], corpus: GraphInputs, into: Graph = createGraph()): Graph {
  for (const doc of [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    into.mergeNode(documentNodeKey(doc.id), documentAttributes(doc));
  }
  for (const entity of corpus.entities) into.mergeNode(entity.key, entityAttributes(entity));
  const edges = [...relationEdges(corpus.relations), ...metEdges(corpus.relations), ...mentionEdges(corpus)];
  for (const edge of edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (!into.hasNode(edge.source) || !into.hasNode(edge.target)) continue;
    into.mergeEdgeWithKey(edge.id, edge.source, edge.target, edge.attributes);
  }
  return into;
}
