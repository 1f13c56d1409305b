import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../../src/domain/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';
import { buildTextIndex, foldWord, wordsOf, type TextIndex } from '../../../src/query/text-search-index.js';
import { queryWords, scoreDocuments, termsIn } from '../../../src/query/text-search-scoring.js';

/** The engine the index replaced, with the options the search was tuned with: the reference. */
function referenceEngine(documents: readonly NodeRecord[]): MiniSearch<{ id: number; title: string; text: string }> {
  const engine = new MiniSearch<{ id: number; title: string; text: string }>({ fields: ['title', 'text'], tokenize: wordsOf, processTerm: (term) => foldWord(term) || null });
  documents.forEach((doc, id) => engine.add({ id, title: doc.attributes.name, text: doc.attributes.text ?? '' }));
  return engine;
}

const REFERENCE_OPTIONS = {
  boost: { title: 2 },
  fuzzy: 0.2,
  maxFuzzy: 2,
  prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
  combineWith: 'AND',
} as const;

describe('scoreDocuments over the seed graph', () => {
  let documents: NodeRecord[];
  let index: TextIndex;
  let reference: ReturnType<typeof referenceEngine>;
  beforeAll(async () => {
    const { graph } = await runPipeline(['seeds']);
    documents = graph.nodes.filter((n) => n.attributes.label === 'Document') as NodeRecord[];
    index = await buildTextIndex(documents);
    reference = referenceEngine(documents);
  });

  it.each(['Korea', 'korea', 'minister', 'Barakah', 'Barakeh', 'Šefčovič', 'trade minister', 'korea korea', 'semiconductr supply', 'coop', 'k', 'FTA upgrade', 'zzqxwv', '!!!', 'Korea Minist', 'korea Barakah', 'minister trade Šefčovič korea'])(
    'scores %j exactly as minisearch AND search does (same documents, scores and matched terms)',
    (query) => {
      const { docs, scores, expansions } = scoreDocuments(index, queryWords(query));
      const ours = docs.map((doc, i) => ({ id: doc, score: scores[i], terms: termsIn(index, doc, expansions) })).sort((a, b) => a.id - b.id);
      const theirs = reference.search(query, REFERENCE_OPTIONS).map((r) => ({ id: r.id as number, score: r.score, terms: [...r.terms].sort() })).sort((a, b) => a.id - b.id);
      expect(ours).toEqual(theirs);
    },
  );

  // Three releases of the seed graph: few enough that a common word's documents are looked up one by one.
  it.each(['Korea', 'korea minister', 'trade minister', 'coop', 'Barakeh', 'Korea Minist'])(
    'scores %j over admitted documents only, as minisearch does with a filter',
    (query) => {
      const chosen = [0, Math.floor(documents.length / 2), documents.length - 1];
      const mask = new Uint8Array(documents.length);
      for (const doc of chosen) mask[doc] = 1;
      const { docs, scores, expansions } = scoreDocuments(index, queryWords(query), { mask, docs: chosen });
      const ours = docs.map((doc, i) => ({ id: doc, score: scores[i], terms: termsIn(index, doc, expansions) })).sort((a, b) => a.id - b.id);
      const theirs = reference
        .search(query, { ...REFERENCE_OPTIONS, filter: (result) => mask[result.id as number] === 1 })
        .map((r) => ({ id: r.id as number, score: r.score, terms: [...r.terms].sort() }))
        .sort((a, b) => a.id - b.id);
      expect(ours).toEqual(theirs);
    },
  );

  it('leaves its scratch arrays zeroed, so the next query starts clean', () => {
    scoreDocuments(index, queryWords('korea minister trade'));
    expect(index.scratch.slot.every((v) => v === 0)).toBe(true);
    expect(index.scratch.word.every((v) => v === 0)).toBe(true);
  });
});
