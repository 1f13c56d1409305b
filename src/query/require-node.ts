import { NotFoundError, type NodeRecord, type NodeLabel, type GraphStore } from '../domain/index.js';

/** The node with this id (of this label, when given), or NotFoundError `<LABEL>_NOT_FOUND`. */
export async function requireNode(store: GraphStore, id: string, label?: NodeLabel): Promise<NodeRecord> {
  const node = await store.getNode(id);
  if (!node || (label && node.attributes.label !== label)) {
    const what = label ?? 'Entity';
    throw new NotFoundError(
      `${what.toUpperCase() as Uppercase<typeof what>}_NOT_FOUND`,
      `No ${what.toLowerCase()} has the id "${id}"${node ? ` (it is a ${node.attributes.label})` : ''}; find ids with GET /api/search?q=…`,
    );
  }
  return node;
}
