import type { NodeRecord } from '../domain/index.js';
import { documentRef } from './presenters.js';
import type { DocumentRef } from './types.js';

// A reference depends only on the document's id and attributes object, which the embedded store
// hands out unchanged until a load replaces it (as summaryOf keeps summaries): a hub agreement's
// stages cite the same releases on every request. Neo4j's fresh records simply miss.
const refs = new WeakMap<object, DocumentRef>();

/** `documentRef(node)`, made once per document as stored; answers share it and never change it. */
export function documentRefOf(node: NodeRecord): DocumentRef {
  let ref = refs.get(node.attributes);
  if (!ref || ref.id !== node.id) refs.set(node.attributes, (ref = documentRef(node)));
  return ref;
}
