import { beforeAll, describe, expect, it } from 'vitest';
import { foldName, NODE_LABELS, type NodeLabel, type NodeRecord } from '../../../src/domain/index.js';
import { buildSearchIndex, FUZZY_FRACTION, FUZZY_MIN_LENGTH, warmFuzzyNeighbours, type SearchIndex } from '../../../src/query/search-index.js';
import type { FormRange } from '../../../src/query/search-scoring.js';
import { scoreForms } from './support/score-forms.js';
import { topNodes, type TopNode, type TopQuery } from '../../../src/query/search-top.js';
import { exhaustiveTopNodes } from '../../../src/query/search-exhaustive.js';
import { prefixWordMaxima } from '../../../src/query/search-prefix-maxima.js';
import { createRandom } from '../../bench/corpus/random.js';

const LABELS: readonly NodeLabel[] = ['Person', 'Organization', 'Country', 'Agreement', 'Event', 'Document'];
const WEIGHT: Readonly<Record<string, number>> = { Person: 1.5, Organization: 1.3, Country: 1.3, Agreement: 1.1, Event: 1, Document: 0.8 };

function node(id: string, label: NodeLabel, name: string, aliases: string[] = []): NodeRecord {
  return { id, attributes: { label, name, aliases } } as NodeRecord;
}

/** A query as search() asks it: fuzzy from four letters, the last word a prefix, the asked labels weighted. */
function queryOf(index: SearchIndex, text: string, limit: number, labels: readonly NodeLabel[] = LABELS.filter((l) => l !== 'Document')): TopQuery {
  const folded = foldName(text);
  const words = folded.split(' ');
  const documents = labels.includes('Document');
  const entities = labels.some((label) => label !== 'Document');
  const range: FormRange = { from: entities ? 0 : index.firstDocumentForm, to: documents ? index.formNode.length : index.firstDocumentForm };
  return {
    words,
    folded,
    exactBoost: 100,
    termOptions: { fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? FUZZY_FRACTION : false), prefix: (_term, i) => i === words.length - 1 },
    range,
    labelWeights: Float64Array.from(NODE_LABELS, (label) => (labels.includes(label) ? (WEIGHT[label] ?? 1) : 0)),
    limit,
  };
}

/**
 * The specification: score every form, keep each node's best (among equals, the form matched
 * first), order by score then id, keep `limit`.
 */
function exhaustive(index: SearchIndex, query: TopQuery): TopNode[] {
  const { forms, scores } = scoreForms(index, query.words, query.termOptions, query.range);
  const best = new Map<number, TopNode>();
  forms.forEach((form, i) => {
    const weight = query.labelWeights[index.formLabel[form]!]!;
    if (weight === 0) return;
    const node = index.formNode[form]!;
    const score = scores[i]! * (index.formFolded[form] === query.folded ? query.exactBoost : 1) * weight;
    const held = best.get(node);
    if (!held || score > held.score) best.set(node, { node, form, score });
  });
  return [...best.values()]
    .sort((a, b) => b.score - a.score || (index.nodes[a.node]!.id < index.nodes[b.node]!.id ? -1 : 1))
    .slice(0, query.limit);
}

/** Whether `form` holds each word of `folded` as one of its terms. */
function holdsEvery(index: SearchIndex, form: number, folded: string): boolean {
  const { start, terms } = index.formTerms;
  const held = new Set(Array.from(terms.subarray(start[form]!, start[form + 1]!)));
  return folded.split(' ').every((word) => held.has(index.terms.get(word) ?? -1));
}

describe('topNodes', () => {
  describe('on invented names', () => {
    const nodes = [
      node('event:trade-talks', 'Event', 'Korea Trade Talks'),
      node('org:kita', 'Organization', 'Korea International Trade Association', ['KITA']),
      node('person:kim', 'Person', 'Kim Trade', ['Trade Minister Kim']),
      node('country:KR', 'Country', 'Korea', ['Republic of Korea']),
      node('org:kotra', 'Organization', 'Korea Trade-Investment Promotion Agency', ['KOTRA']),
      node('event:forum', 'Event', 'Korea Trade', []),
      node('doc:1', 'Document', 'Korea trade rises'),
    ];
    let index: SearchIndex;
    beforeAll(async () => {
      index = await buildSearchIndex(nodes, 0);
    });
    const ids = (top: readonly TopNode[]) => top.map(({ node }) => index.nodes[node]!.id);

    it('puts the name equal to the whole query first, then bodies holding both words above an event holding them', () => {
      // KITA's name also holds "tradeassociation", which the last word reaches as a prefix.
      expect(ids(topNodes(index, queryOf(index, 'korea trade', 4)))).toEqual(['event:forum', 'org:kita', 'org:kotra', 'event:trade-talks']);
    });

    it('names the alias a node was found by, and keeps to the asked labels', () => {
      const [first] = topNodes(index, queryOf(index, 'trade minister kim', 3));
      expect(index.nodes[first!.node]!.id).toBe('person:kim');
      expect(index.formText[first!.form]).toBe('Trade Minister Kim');
      expect(ids(topNodes(index, queryOf(index, 'korea trade', 5, ['Document'])))).toEqual(['doc:1']);
    });

    it('answers as scoring every form does, to the limit', () => {
      for (const text of ['korea trade', 'korea', 'kore', 'trade minister kim', 'kotra', 'korea korea trade', 'zzz']) {
        for (const limit of [1, 2, 3, 10]) {
          const query = queryOf(index, text, limit);
          expect({ text, limit, top: topNodes(index, query) }).toEqual({ text, limit, top: exhaustive(index, query) });
        }
      }
    });
  });

  describe('with common words', () => {
    const countries = ['Poland', 'Chile', 'Peru', 'Spain', 'Italy', 'Ghana'];
    const nodes = [
      node('event:kenya-energy', 'Event', 'Korea and Kenya Sign MOU on Energy'),
      node('event:kenya-talks', 'Event', 'Korea and Kenya Sign MOU on Mining, Shipping, Fisheries, Forestry, Tourism, Railways, Textiles, Water Supply and Coastal Port Development Projects'),
      ...countries.map((country) => node(`event:${country.toLowerCase()}-trade`, 'Event', `Korea and ${country} Sign MOU on Trade`)),
      node('event:small-reactors', 'Event', 'Small Modular Reactors Forum'),
      node('org:small-co', 'Organization', 'Small Aerospace Works'),
      node('org:solal', 'Organization', 'Solal Aerospace Inc.'),
      ...['Tarkmax', 'Viklum', 'Wandae', 'Xorion', 'Zentra'].map((maker) => node(`org:${maker.toLowerCase()}`, 'Organization', `${maker} Aerospace Inc.`)),
    ];
    let index: SearchIndex;
    beforeAll(async () => {
      index = await buildSearchIndex(nodes, 0);
    });
    const ids = (top: readonly TopNode[]) => top.map(({ node: n }) => index.nodes[n]!.id);
    // In more than a third of the names: korea, and, sign, mou, on, trade, aerospace, inc; kenya, energy and small are rarer.
    const withCommon = (query: TopQuery): TopQuery => ({ ...query, commonShare: 1 / 3 });

    it('stops short of the common words once every name in the top holds them all, which then ranks as scoring every form does', () => {
      // Both Kenya names hold korea, and, sign, mou and on: a name holding only those (`Korea and
      // Chile Sign MOU on Trade`) holds fewer of the query's words than each, and is not walked to.
      const query = queryOf(index, 'korea and kenya sign mou on energy', 2);
      expect(ids(topNodes(index, query))).toEqual(['event:kenya-energy', 'event:kenya-talks']);
      expect(ids(topNodes(index, withCommon(query)))).toEqual(['event:kenya-energy', 'event:kenya-talks']);
    });

    it('walks the common words when a name in the top lacks one of them, as a typo\'s neighbours would', () => {
      // `soall` reaches the two names holding `small`, which fill the top and lack `inc`, so
      // the common words are walked as before and the company meant is not lost.
      const query = withCommon(queryOf(index, 'soall aerospace inc', 2));
      expect(topNodes(index, query)).toEqual(exhaustive(index, query));
      expect(ids(topNodes(index, query))).toContain('org:solal');
    });
  });

  describe('with many names scoring the same at the cut-off', () => {
    // Thirty bodies named alike score exactly the same for a query of their shared words: the
    // top keeps the smallest ids among them, whatever order the store lists them in.
    const alike = Array.from({ length: 30 }, (_, i) => node(`org:${String((i * 7) % 30).padStart(2, '0')}-maker`, 'Organization', `${['Acme', 'Bolt', 'Cora', 'Dune', 'Echo', 'Fern'][i % 6]}${i} Automation Holdings Inc`));
    const exact = node('org:zz-exact', 'Organization', 'Automation Holdings Inc');
    const sortedByIds = [...alike, exact].sort((a, b) => (a.id < b.id ? -1 : 1));
    const shuffled = [...alike.slice(15), exact, ...alike.slice(0, 15)];

    it.each([
      ['sorted by id', sortedByIds],
      ['in another order', shuffled],
    ])('keeps the smallest ids among the tied, pruned or not, with nodes listed %s', async (_order, listed) => {
      const index = await buildSearchIndex(listed, 0);
      for (const limit of [1, 2, 5, 12, 29]) {
        const query = queryOf(index, 'automation holdings inc', limit);
        const expected = ['org:zz-exact', ...alike.map((n) => n.id).sort()].slice(0, limit);
        expect(topNodes(index, query).map(({ node: n }) => index.nodes[n]!.id)).toEqual(expected);
        expect(exhaustiveTopNodes(index, query).map(({ node: n }) => index.nodes[n]!.id)).toEqual(expected);
        expect(topNodes(index, query)).toEqual(exhaustive(index, query));
      }
    });
  });

  describe('on a random corpus', () => {
    const random = createRandom(13);
    // A few words in nearly every name (as "korea" and "minister" are), many rare ones, typos and runs.
    const common = ['korea', 'trade', 'minister', 'and', 'cooperation', 'ministry'];
    const rare = Array.from({ length: 300 }, (_, i) => `w${(i * 7919).toString(36)}x${'abcdefghij'[i % 10]}`);
    const wordOf = () => (random.chance(0.45) ? random.pick(common) : random.pick(rare));
    const nameOf = () => Array.from({ length: random.int(1, 7) }, wordOf).join(' ');
    const nodes = Array.from({ length: 1500 }, (_, i) => {
      const label = random.pick(LABELS);
      return node(`n:${String(i).padStart(4, '0')}`, label, nameOf(), random.chance(0.3) ? [nameOf()] : []);
    });
    // Some names twice, so exact matches and equal scores happen.
    for (let i = 0; i < 60; i++) nodes.push(node(`twin:${i}`, random.pick(LABELS), nodes[i * 3]!.attributes.name));
    let index: SearchIndex;
    beforeAll(async () => {
      index = await buildSearchIndex(nodes, 100);
    });

    it('returns the same top k, scores and matched forms as scoring every form, pruned or not, cold and warmed', async () => {
      const queries: string[] = [];
      for (let i = 0; i < 400; i++) {
        const name = random.pick(nodes).attributes.name.split(' ');
        const kind = i % 5;
        if (kind === 0) queries.push(name.join(' '));
        else if (kind === 1) queries.push(name.slice(0, random.int(1, name.length)).join(' '));
        else if (kind === 2) queries.push(`${name.join(' ')} ${wordOf()}`.slice(0, -random.int(0, 3)));
        else if (kind === 3) queries.push(Array.from({ length: random.int(1, 12) }, wordOf).join(' '));
        else queries.push(`${wordOf()} ${wordOf()} ${wordOf()}`.replace(/(\w)(\w)/, '$2$1'));
      }
      const labelSets: (readonly NodeLabel[])[] = [LABELS.filter((l) => l !== 'Document'), ['Document'], ['Person', 'Document'], ['Event']];
      let compared = 0;
      const compareAll = () => {
        for (const [i, text] of queries.entries()) {
          if (!foldName(text)) continue;
          const query = queryOf(index, text, [1, 5, 10, 20, 100][i % 5]!, labelSets[i % labelSets.length]!);
          const expected = { text, top: exhaustive(index, query) };
          expect({ text, top: topNodes(index, query) }).toEqual(expected);
          expect({ text, top: exhaustiveTopNodes(index, query) }).toEqual(expected);
          compared++;
        }
      };
      compareAll();
      // Warmed, the words' kept maxima (search-word-maxima) tighten the bounds: the answers must not move.
      await warmFuzzyNeighbours(index, async () => true);
      compareAll();
      expect(compared).toBeGreaterThan(700);
    });

    it('keeps per term a maximum no form exceeds and some form reaches: the word\'s exact and fuzzy scores summed', async () => {
      await warmFuzzyNeighbours(index, async () => true);
      let reached = 0;
      for (const [term, id] of index.termsInOrder) {
        if (index.wordMaxEntity[id]! < 0) continue;
        const range = { from: 0, to: index.firstDocumentForm };
        const { scores } = scoreForms(index, [term], { fuzzy: (t) => (t.length >= FUZZY_MIN_LENGTH ? FUZZY_FRACTION : false), prefix: () => false }, range);
        // One word: each form's score is its sum, times one matched word.
        const most = scores.reduce((a, b) => Math.max(a, b), 0);
        expect(index.wordMaxEntity[id]!).toBeCloseTo(most, 9);
        reached++;
      }
      expect(reached).toBeGreaterThan(50);
    });

    it('ranks as scoring every form does when the last word is a beginning of one to three letters', async () => {
      await warmFuzzyNeighbours(index, async () => true);
      let compared = 0;
      for (let i = 0; i < 200; i++) {
        const name = random.pick(nodes).attributes.name;
        const text = `${name} ${wordOf().slice(0, random.int(1, 3))}`;
        const query = queryOf(index, text, [1, 5, 10, 20][i % 4]!);
        const expected = { text, top: exhaustive(index, query) };
        expect({ text, top: topNodes(index, query) }).toEqual(expected);
        compared++;
      }
      expect(compared).toBe(200);
    });

    it('keeps for a short word read as a prefix a maximum no form exceeds and some form reaches', () => {
      const range = { from: 0, to: index.firstDocumentForm };
      const asPrefix = { fuzzy: () => false as const, prefix: () => true };
      const beginnings = new Set(index.termsInOrder.flatMap(([term]) => [term.slice(0, 1), term.slice(0, 2), term.slice(0, 3)]));
      for (const word of beginnings) {
        const { scores } = scoreForms(index, [word], asPrefix, range);
        expect(prefixWordMaxima(index, word)!.entity).toBeCloseTo(scores.reduce((a, b) => Math.max(a, b), 0), 9);
      }
      expect(beginnings.size).toBeGreaterThan(100);
      expect(prefixWordMaxima(index, 'qqq')).toBeNull();
      expect(prefixWordMaxima(index, 'korea')).toBeNull();
    });

    it('with common words, still puts first the name holding every word typed, keeps a name typed with words more, scores no hit above scoring every form and leaves out only weaker matches', async () => {
      await warmFuzzyNeighbours(index, async () => true);
      let whole = 0;
      let changed = 0;
      let kept = 0;
      for (let i = 0; i < 400; i++) {
        const source = random.pick(nodes);
        const name = source.attributes.name.split(' ');
        const text = i % 2 === 0 ? name.join(' ') : `${name.join(' ')} ${wordOf()} ${wordOf()}`;
        if (new Set(foldName(text).split(' ')).size < 3) continue;
        const query = { ...queryOf(index, text, [1, 5, 10, 20][i % 4]!), commonShare: 0.05 };
        const top = topNodes(index, query);
        const reference = exhaustive(index, query);
        const referenceScore = new Map(exhaustive(index, { ...query, limit: index.nodes.length }).map((hit) => [hit.node, hit.score]));
        if (JSON.stringify(top) !== JSON.stringify(reference)) changed++;
        // Each hit scored as scoring every form scores it (a node's best form may be one a common word alone reached).
        for (const hit of top) expect(hit.score).toBeLessThanOrEqual(referenceScore.get(hit.node)!);
        for (let h = 1; h < top.length; h++) expect(top[h - 1]!.score).toBeGreaterThanOrEqual(top[h]!.score);
        expect(top.length).toBe(reference.length);
        const first = reference[0]!;
        if (holdsEvery(index, first.form, foldName(text))) {
          expect({ text, first: top[0] }).toEqual({ text, first });
          whole++;
        }
        // The name a user typed, with words more: where scoring every form ranks it, so does the top.
        const sourceAt = reference.findIndex((hit) => index.nodes[hit.node]!.id === source.id);
        if (i % 2 === 1 && sourceAt !== -1) {
          expect({ text, kept: top.some((hit) => hit.node === reference[sourceAt]!.node) }).toEqual({ text, kept: true });
          kept++;
        }
      }
      expect(whole).toBeGreaterThan(100);
      expect(kept).toBeGreaterThan(50);
      expect(changed).toBeGreaterThan(10);
    });

    it('leaves its scratch arrays clean, so the next query starts from nothing', () => {
      topNodes(index, queryOf(index, 'korea trade minister cooperation', 10));
      const { scored, termUse, termBits, best, term } = index.scratch;
      expect(scored.every((flag) => flag === 0)).toBe(true);
      expect(termUse.every((use) => use === -1)).toBe(true);
      expect(termBits.every((bits) => bits === 0)).toBe(true);
      expect(best.every((form) => form === -1)).toBe(true);
      expect(term.every((gain) => gain === 0)).toBe(true);
    });
  });
});
