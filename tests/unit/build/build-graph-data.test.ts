import { describe, expect, it } from 'vitest';
import { buildGraph, buildGraphData, toGraphData, type GraphInputs } from '../../../src/build/index.js';
import type { Document } from '../../../src/domain/index.js';
import { resolve } from '../../../src/resolve/index.js';
import { corpusOf } from '../resolve/fixtures.js';
import { seedReleases } from '../resolve/seed-releases.js';

function seedInputs(): { documents: Document[]; corpus: GraphInputs } {
  const { documents, extractions } = corpusOf(seedReleases());
  return { documents, corpus: resolve(documents, extractions) };
}

/** Inputs no resolver gives, to pin the merge rules buildGraph's graphology graph applies. */
const oddities: [string, () => { documents: Document[]; corpus: GraphInputs }][] = [
  ['the seed corpus as resolved', seedInputs],
  [
    'a document given twice, the later one’s fields assigned over the first’s',
    () => {
      const { documents, corpus } = seedInputs();
      const first = documents[0] as Document;
      return { documents: [...documents, { ...first, title: 'Retitled', date: null }], corpus };
    },
  ],
  [
    'a relation to an entity that is no node, left out',
    () => {
      const { documents, corpus } = seedInputs();
      const relation = corpus.relations[0];
      if (!relation) throw new Error('the seed corpus has relations');
      return { documents, corpus: { ...corpus, relations: [...corpus.relations, { ...relation, to: 'person:nobody-at-all' }] } };
    },
  ],
  [
    'a relation given twice, the later one’s attributes assigned over the first’s',
    () => {
      const { documents, corpus } = seedInputs();
      const relation = corpus.relations.find((r) => r.type !== 'MET' && r.type !== 'ATTENDED');
      if (!relation) throw new Error('the seed corpus has relations');
      return { documents, corpus: { ...corpus, relations: [...corpus.relations, { ...relation, evidence: [] }] } };
    },
  ],
];

describe('buildGraphData', () => {
  it.each(oddities)('gives what toGraphData(buildGraph(…)) gives, key order and all, for %s', (_, inputs) => {
    const expected = toGraphData(buildGraph(inputs().documents, inputs().corpus));
    const { documents, corpus } = inputs();
    expect(JSON.stringify(buildGraphData(documents, corpus))).toBe(JSON.stringify(expected));
  });

  it('leaves out an edge whose end is missing, rather than adding the node', () => {
    const { documents, corpus } = seedInputs();
    const relation = corpus.relations[0];
    if (!relation) throw new Error('the seed corpus has relations');
    const data = buildGraphData(documents, { ...corpus, relations: [...corpus.relations, { ...relation, to: 'person:nobody-at-all' }] });
    expect(data.nodes.some((n) => n.id === 'person:nobody-at-all')).toBe(false);
    expect(data.edges.some((e) => e.target === 'person:nobody-at-all')).toBe(false);
  });

  it('does not change its inputs', () => {
    const { documents, corpus } = seedInputs();
    const before = JSON.stringify({ documents, corpus });
    buildGraphData(documents, corpus);
    expect(JSON.stringify({ documents, corpus })).toBe(before);
  });
});
