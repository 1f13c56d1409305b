import type { NodeRecord } from '../domain/index.js';

/**
 * `present(node)`, made once per node as stored. A presented form depends only on the node's id and
 * attributes object, which the embedded store hands out unchanged until a load replaces it: a hub's
 * pages summarise the same officials, events and releases on every request. Neo4j's fresh records
 * simply miss. Answers share the kept form and never change it.
 */
export function keptPerRecord<T extends { readonly id: string }>(present: (node: NodeRecord) => T): (node: NodeRecord) => T {
  const kept = new WeakMap<object, T>();
  return (node) => {
    let form = kept.get(node.attributes);
    if (!form || form.id !== node.id) kept.set(node.attributes, (form = present(node)));
    return form;
  };
}
