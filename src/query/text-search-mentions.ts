import type { GraphStore, NodeRecord } from '../domain/index.js';
import { derived } from './derived.js';
import { searchIndexFor } from './search-index.js';
import { timeSlices } from './time-slices.js';
import type { TextIndex } from './text-search-index.js';

/** Per node id: the positions (in the text index) of the documents that mention it. */
export type MentionIndex = ReadonlyMap<string, Int32Array>;

/**
 * The documents that mention a node, as entity detail lists them: its docIds and the sources of
 * its MENTIONS edges, as positions in the text index (ascending on the embedded store). On the
 * embedded store they come from an index made once per load (a country's thousands of edges and
 * ids read per question cost more than the search itself); Neo4j is asked each time.
 */
export async function documentsMentioning(store: GraphStore, index: TextIndex, node: NodeRecord): Promise<ArrayLike<number>> {
  if (store.backend === 'embedded' && node.attributes.label !== 'Document') return (await mentionIndexFor(store, index)).get(node.id) ?? [];
  const positions = new Set<number>();
  const add = (id: string) => {
    const at = index.position.get(id);
    if (at !== undefined) positions.add(at);
  };
  if (node.attributes.label === 'Document') add(node.id);
  else {
    for (const id of node.attributes.docIds ?? []) add(id);
    for (const edge of await store.edgesOf(node.id, { types: ['MENTIONS'], direction: 'in' })) add(edge.source);
  }
  return [...positions];
}

/** The embedded store's mention index, made once per load (forgetDerived drops it). */
export function mentionIndexFor(store: GraphStore, index: TextIndex): Promise<MentionIndex> {
  return derived(store, 'text-mentions', () => buildMentionIndex(store, index));
}

/** Reads every node's docIds and every document's MENTIONS edges, a slice at a time. */
async function buildMentionIndex(store: GraphStore, index: TextIndex): Promise<MentionIndex> {
  const found = new Map<string, Set<number>>();
  const add = (node: string, doc: number) => {
    const set = found.get(node);
    if (set) set.add(doc);
    else found.set(node, new Set([doc]));
  };
  const pause = timeSlices();
  // The name index's node list: listing the 1000× graph's 145,000 nodes again held the event loop for a second.
  for (const node of (await searchIndexFor(store)).nodes) {
    await pause();
    if (node.attributes.label === 'Document') continue;
    for (const id of node.attributes.docIds ?? []) {
      const doc = index.position.get(id);
      if (doc !== undefined) add(node.id, doc);
    }
  }
  for (let doc = 0; doc < index.documents.length; doc++) {
    await pause();
    for (const edge of await store.edgesOf(index.documents[doc]!.id, { types: ['MENTIONS'], direction: 'out' })) add(edge.target, doc);
  }
  return new Map([...found].map(([node, docs]) => [node, Int32Array.from(docs).sort()]));
}
