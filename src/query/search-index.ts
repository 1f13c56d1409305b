import MiniSearch from 'minisearch';
import { foldName } from '../domain/keys.js';
import type { NodeRecord } from '../domain/graph.js';
import type { NodeLabel } from '../domain/labels.js';
import type { GraphStore } from '../domain/store.js';

/** One name form of one node: the name or an alias, folded for matching. */
interface NameForm {
  readonly key: number;
  readonly nodeId: string;
  readonly label: NodeLabel;
  readonly form: string;
  readonly folded: string;
  readonly text: string;
}

export interface SearchIndex {
  readonly mini: MiniSearch<NameForm>;
  readonly nodes: ReadonlyMap<string, NodeRecord>;
  readonly forms: readonly NameForm[];
}

const indexes = new WeakMap<GraphStore, Promise<SearchIndex>>();

/** The search index of a store, built once from listNodes and reused until invalidated. */
export function searchIndexFor(store: GraphStore): Promise<SearchIndex> {
  let index = indexes.get(store);
  if (!index) {
    index = buildSearchIndex(store);
    indexes.set(store, index);
    index.catch(() => indexes.delete(store));
  }
  return index;
}

/** Forgets a store's index; the next search rebuilds it (call after store.load). */
export function invalidateSearchIndex(store: GraphStore): void {
  indexes.delete(store);
}

async function buildSearchIndex(store: GraphStore): Promise<SearchIndex> {
  const records = await store.listNodes();
  const forms: NameForm[] = [];
  for (const node of records) {
    for (const form of [node.attributes.name, ...node.attributes.aliases]) {
      const folded = foldName(form);
      if (folded) forms.push({ key: forms.length, nodeId: node.id, label: node.attributes.label, form, folded, text: withJoinedPairs(folded) });
    }
  }
  const mini = new MiniSearch<NameForm>({
    idField: 'key',
    fields: ['text'],
    storeFields: ['nodeId', 'label', 'form', 'folded'],
    processTerm: (term) => term.toLowerCase(),
  });
  mini.addAll(forms);
  return { mini, nodes: new Map(records.map((node) => [node.id, node])), forms };
}

/**
 * Adds each pair of neighbouring words written together, so `Yeo Hankoo` finds `Yeo Han-koo`
 * and `Jungkwan` finds `Jung-kwan`: `yeo han koo` → `yeo han koo yeohan hankoo`.
 */
export function withJoinedPairs(folded: string): string {
  const words = folded.split(' ');
  const pairs = words.slice(1).map((word, i) => words[i]! + word);
  return [...words, ...pairs].join(' ');
}
