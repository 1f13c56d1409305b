import { describe, expect, it } from 'vitest';
import type { EdgeRecord, NodeRecord } from '../../../../src/domain/graph.js';
import { foldEdges, foldNodes } from '../../../../src/store/neo4j/fold-records.js';

const node = (id: string, docIds: string[], aliases: string[] = []): NodeRecord => ({
  id,
  attributes: { label: 'Person', name: id, aliases, docIds },
});

const edge = (id: string, source: string, target: string, docId: string): EdgeRecord => ({
  id,
  source,
  target,
  attributes: {
    type: 'MET',
    docIds: [docId],
    count: 1,
    firstDate: '2024-05-01',
    lastDate: '2024-05-01',
    evidence: [{ docId, date: '2024-05-01', sentence: 'They met.', sentenceStart: 0, start: 0, end: 4 }],
  },
});

const moved = (kept: EdgeRecord, next: EdgeRecord): never => {
  throw new Error(`moved ${kept.id} to ${next.source}`);
};

describe('foldNodes', () => {
  it('returns the very same records when no id repeats', () => {
    const nodes = [node('person:a', ['doc:1']), node('person:b', ['doc:2'])];
    expect(foldNodes(nodes)).toEqual({ records: nodes, folded: 0 });
    expect(foldNodes(nodes).records).toBe(nodes);
  });

  it('merges a repeated id into its first occurrence, unioning provenance, and counts the repeat', () => {
    const folded = foldNodes([node('person:a', ['doc:2'], ['A']), node('person:b', ['doc:1']), node('person:a', ['doc:1'], ['Ann'])]);
    expect(folded.folded).toBe(1);
    expect(folded.records.map((n) => n.id)).toEqual(['person:a', 'person:b']);
    expect(folded.records[0]!.attributes).toMatchObject({ docIds: ['doc:1', 'doc:2'], aliases: ['A', 'Ann'] });
  });
});

describe('foldEdges', () => {
  it('merges a repeated edge id, unioning evidence and recounting it', () => {
    const folded = foldEdges([edge('MET:a->b', 'a', 'b', 'doc:1'), edge('MET:a->b', 'a', 'b', 'doc:2')], moved);
    expect(folded.folded).toBe(1);
    expect(folded.records).toHaveLength(1);
    expect(folded.records[0]!.attributes).toMatchObject({ docIds: ['doc:1', 'doc:2'], count: 2 });
  });

  it('hands a repeated id with other endpoints to onMoved', () => {
    expect(() => foldEdges([edge('MET:x', 'a', 'b', 'doc:1'), edge('MET:x', 'c', 'b', 'doc:2')], moved)).toThrow('moved MET:x to c');
  });
});
