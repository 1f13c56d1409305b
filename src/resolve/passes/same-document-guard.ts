import type { LocalEntity } from '../../domain/index.js';
import type { LocalItem, MergeGuard } from '../clusters.js';

// Documents of each cluster, read incrementally: a cluster's member list only grows at its end, so
// a cluster joined a thousand times is read once, not a thousand times.
const docsOf = new WeakMap<readonly LocalItem[], { seen: number; docs: Set<string> }>();

function documents(members: readonly LocalItem[]): Set<string> {
  let entry = docsOf.get(members);
  if (!entry) docsOf.set(members, (entry = { seen: 0, docs: new Set() }));
  for (; entry.seen < members.length; entry.seen += 1) entry.docs.add(members[entry.seen]!.docId);
  return entry.docs;
}

/** Two things one document tells apart (two MOUs, two meetings) stay apart. */
export const notFromOneDocument: MergeGuard<LocalEntity> = (left, right) => {
  const docs = documents(left);
  const shared = right.find((m) => docs.has(m.docId));
  return shared ? `document ${shared.docId} names both separately` : null;
};
