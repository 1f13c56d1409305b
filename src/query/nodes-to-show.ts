import type { GraphStore, NodeRecord } from '../domain/index.js';

/**
 * Nodes for an answer that shows them as summaries or document references (no text, sources or
 * document ids): the store's drawnNodes where it has one — on Neo4j getNodes sends a release's
 * whole text and a hub's thousands of document ids — else getNodes. Sorted by id either way.
 */
export function nodesToShow(store: GraphStore, ids: readonly string[]): Promise<NodeRecord[]> {
  return store.drawnNodes ? store.drawnNodes(ids) : store.getNodes(ids);
}
