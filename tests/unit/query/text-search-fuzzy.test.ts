import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../../src/domain/index.js';
import { runPipeline } from '../../../src/pipeline/index.js';
import { textFuzzyDistance, textNeighboursOf, warmTextNeighbours } from '../../../src/query/text-search-fuzzy.js';
import { buildTextIndex, type TextIndex } from '../../../src/query/text-search-index.js';
import { queryWords, scoreDocuments } from '../../../src/query/text-search-scoring.js';

const QUERIES = ['Korea', 'minister', 'Barakah', 'Barakeh', 'Šefčovič', 'trade minister', 'semiconductr supply', 'coop', 'FTA upgrade', '2019', 'Korea Minist'];

describe('warmTextNeighbours over the seed graph', () => {
  let documents: NodeRecord[];
  let cold: TextIndex;
  let warm: TextIndex;
  beforeAll(async () => {
    const { graph } = await runPipeline(['seeds']);
    documents = graph.nodes.filter((n) => n.attributes.label === 'Document') as NodeRecord[];
    cold = await buildTextIndex(documents);
    warm = await buildTextIndex(documents);
    await warmTextNeighbours(warm, async () => true);
  });

  it('keeps for every term the terms the radix tree finds within its fuzzy distance, in the tree\'s order', () => {
    const kept = warm.termText.filter((term) => textFuzzyDistance(term) > 0);
    expect(kept.length).toBeGreaterThan(100);
    for (const term of kept) {
      const id = warm.terms.get(term)!;
      const tree = [...(warm.terms.fuzzyGet(term, textFuzzyDistance(term)) as Map<string, [number, number]>).values()];
      const neighbours = warm.fuzzyNeighbours[id]!;
      expect([...neighbours.terms]).toEqual(tree.map(([t]) => t));
      expect([...neighbours.distances]).toEqual(tree.map(([, d]) => d));
    }
  });

  it('finds the neighbours of words that are no term (typos, cut words) by the deletion table exactly as the tree does, in its order', () => {
    expect(warm.deletions.ready).toBe(true);
    expect(cold.deletions.ready).toBe(false);
    // Every term mistyped each way (a letter dropped, doubled, replaced, two swapped) and cut short.
    const words = new Set<string>();
    warm.termText.forEach((term, i) => {
      const at = i % Math.max(1, term.length);
      words.add(term.slice(0, at) + term.slice(at + 1));
      words.add(term.slice(0, at) + term[at] + term.slice(at));
      words.add(term.slice(0, at) + 'q' + term.slice(at + 1));
      words.add(term.slice(0, at) + (term[at + 1] ?? '') + term[at] + term.slice(at + 2));
      words.add(term.slice(0, Math.max(4, term.length - 2)) + 'x');
    });
    let checked = 0;
    for (const word of words) {
      const distance = textFuzzyDistance(word);
      if (distance === 0 || warm.terms.has(word)) continue;
      const tree = [...(warm.terms.fuzzyGet(word, distance) as Map<string, [number, number]>).values()];
      const neighbours = textNeighboursOf(warm, word, distance);
      expect({ word, terms: [...neighbours.terms], distances: [...neighbours.distances] }).toEqual({ word, terms: tree.map(([t]) => t), distances: tree.map(([, d]) => d) });
      checked += 1;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('leaves terms too short to be fuzzy without neighbours', () => {
    const short = warm.termText.filter((term) => textFuzzyDistance(term) === 0);
    expect(short.length).toBeGreaterThan(0);
    for (const term of short) expect(warm.fuzzyNeighbours[warm.terms.get(term)!]).toBeUndefined();
  });

  it.each(QUERIES)('scores %j the same warmed as walking the tree', (query) => {
    expect(scoreDocuments(warm, queryWords(query))).toEqual(scoreDocuments(cold, queryWords(query)));
  });

  it('answers a word that is not a term (a typo), or at another distance than its own, as walking the tree does', () => {
    expect(textNeighboursOf(warm, 'barakeh', 1)).toEqual(textNeighboursOf(cold, 'barakeh', 1));
    expect(textNeighboursOf(warm, 'korea', 2)).toEqual(textNeighboursOf(cold, 'korea', 2));
  });

  it('stops when the pause answers false, leaving the rest to the tree', async () => {
    const index = await buildTextIndex(documents);
    let turns = 0;
    let clock = 0;
    await warmTextNeighbours(index, async () => ++turns < 3, 1, () => (clock += 1));
    const filled = index.fuzzyNeighbours.filter((n) => n !== undefined).length;
    expect(filled).toBeGreaterThan(0);
    expect(filled).toBeLessThan(index.termText.filter((term) => textFuzzyDistance(term) > 0).length);
  });
});
