import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, withJoinedPairs, type SearchIndex } from '../../../src/query/search-index.js';
import { scoreForms } from './support/score-forms.js';
import { NODE_LABELS } from '../../../src/domain/index.js';
import { fixtureGraph } from './fixture-graph.js';

/** minisearch itself, configured as the search index was before it had its own postings: the oracle. */
function miniSearchOver(folded: readonly string[]) {
  const mini = new MiniSearch<{ key: number; text: string }>({ idField: 'key', fields: ['text'], processTerm: (term) => term.toLowerCase() });
  mini.addAll(folded.map((form, key) => ({ key, text: withJoinedPairs(form) })));
  return mini;
}

describe('scoreForms', () => {
  let index: SearchIndex;
  let mini: ReturnType<typeof miniSearchOver>;
  beforeAll(async () => {
    // A slice of 0 ms: a turn of the event loop between every step, which must not change the index.
    index = await buildSearchIndex(fixtureGraph().nodes, 0);
    mini = miniSearchOver(index.formFolded);
  });

  it.each([
    ['kim jung kwan'],
    ['yeo hankoo'],
    ['jamison grer'],
    ['european comm'],
    ['korea korea'],
    ['ko korea k'],
    ['minister of trade industry and resources'],
    ['zzqxwv'],
  ])('scores %s exactly as minisearch’s OR search with prefix and fuzzy matches', (query) => {
    const words = query.split(' ');
    const fuzzy = (term: string) => (term.length >= 4 ? 0.2 : false);
    const prefix = (_term: string, i: number) => i === words.length - 1;
    const { forms, scores } = scoreForms(index, words, { fuzzy, prefix });
    const ours = new Map(forms.map((form, i) => [form, scores[i]]));
    const expected = new Map(mini.search(query, { fuzzy, prefix }).map((result) => [result.id as number, result.score]));
    expect(ours).toEqual(expected);
  });

  it('numbers entity forms before release titles, and scoring only a range gives those forms the same scores', () => {
    const document = NODE_LABELS.indexOf('Document');
    const labels = [...index.formLabel];
    expect(labels.slice(index.firstDocumentForm).every((label) => label === document)).toBe(true);
    expect(labels.slice(0, index.firstDocumentForm).some((label) => label === document)).toBe(false);
    expect(index.firstDocumentForm).toBeLessThan(index.formNode.length);
    const words = ['korea', 'trade'];
    const options = { fuzzy: () => 0.2, prefix: () => true };
    const all = scoreForms(index, words, options);
    const entities = scoreForms(index, words, options, { from: 0, to: index.firstDocumentForm });
    const titles = scoreForms(index, words, options, { from: index.firstDocumentForm, to: index.formNode.length });
    const scoreOf = (scored: { forms: readonly number[]; scores: readonly number[] }) => new Map(scored.forms.map((form, i) => [form, scored.scores[i]]));
    expect(new Map([...scoreOf(entities), ...scoreOf(titles)])).toEqual(scoreOf(all));
    expect(titles.forms.length).toBeGreaterThan(0);
  });

  it('leaves its scratch arrays clean, so the next query starts from nothing', () => {
    const words = ['korea'];
    const options = { fuzzy: () => false as const, prefix: () => false };
    const first = scoreForms(index, words, options);
    expect(scoreForms(index, words, options)).toEqual(first);
    expect([...index.scratch.total, ...index.scratch.term, ...index.scratch.matched].every((value) => value === 0)).toBe(true);
  });
});
