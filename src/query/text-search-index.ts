import MiniSearch from 'minisearch';
import { foldName, type GraphStore, type NodeRecord } from '../domain/index.js';
import { keptUntilLoad } from './derived.js';
import { nextTurn, SLICE_MS } from './event-loop-turn.js';

/** A word as the text index sees it: letters and digits, with any combining marks they carry. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of `text`, as written. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A word of plain ASCII letters and digits, which folding only lowers. */
const PLAIN = /^[A-Za-z0-9]+$/;

/**
 * A word folded as every index term is: accents removed, lower case (`Šefčovič` → `sefcovic`).
 * Plain words (nearly all of an English release) skip the Unicode normalisations, which made
 * marking a page of hits (every word of 20 releases) most of a full-text answer's cost.
 */
export function foldWord(word: string): string {
  return PLAIN.test(word) ? word.toLowerCase() : foldName(word).replace(/ /g, '');
}

/** The full-text index of a store's documents: BM25 over titles and bodies, in listNodes order. */
export interface TextIndex {
  readonly documents: readonly NodeRecord[];
  readonly engine: MiniSearch<IndexedDocument>;
}

interface IndexedDocument {
  readonly id: number;
  readonly title: string;
  readonly text: string;
}

/**
 * The text index of a store, built lazily from its Document nodes on first use and kept until
 * the next load (both backends: Neo4j's documents are read once, so both answer from the same index).
 */
export function textIndexFor(store: GraphStore): Promise<TextIndex> {
  return keptUntilLoad(store, 'text-index', () => store.listNodes(['Document']).then(buildTextIndex));
}

/**
 * Indexes the title and text of every document, each by its position in `documents`, a slice at a
 * time: the 100× graph's 3,900 releases take seconds, which would hold every request behind them.
 */
export async function buildTextIndex(documents: readonly NodeRecord[]): Promise<TextIndex> {
  const engine = new MiniSearch<IndexedDocument>({
    fields: ['title', 'text'],
    tokenize: wordsOf,
    processTerm: (term) => foldWord(term) || null,
  });
  let slice = performance.now();
  for (let id = 0; id < documents.length; id++) {
    if (performance.now() - slice > SLICE_MS) {
      await nextTurn();
      slice = performance.now();
    }
    const doc = documents[id]!;
    engine.add({ id, title: doc.attributes.name, text: doc.attributes.text ?? '' });
  }
  return { documents, engine };
}
