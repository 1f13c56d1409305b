import { hash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EdgeRecord, NodeRecord } from '../../../src/domain/graph.js';
import { canonical, edgeHash, nodeHash } from '../../../src/store/content-hash.js';

const long = 'The Minister of Trade, Industry and Energy met ‘the delegation’ — and signed an MOU on supply chains.';

const node = {
  id: 'person:kim',
  attributes: {
    label: 'Person',
    name: 'Kim Jŏng-gwan 김정관',
    aliases: ['Kim', long],
    docIds: ['doc:1', 'doc:2'],
    firstSeen: '2024-01-01',
    score: -1.5,
    big: 1e21,
    n: 4294967296,
    zero: -0,
    ok: true,
    nested: [[1, 'a'], []],
    gone: undefined,
    none: null,
  },
} as unknown as NodeRecord;

const edge = {
  id: 'MET:person:a->person:b',
  source: 'person:a',
  target: 'person:b',
  attributes: {
    type: 'MET',
    docIds: ['doc:1'],
    count: 2,
    firstDate: '2024-05-01',
    eventIds: ['event:x'],
    evidence: [
      { docId: 'doc:1', date: '2024-05-01', sentence: long, sentenceStart: 120, start: 130, end: 142 },
      { docId: 'doc:2', date: null, sentence: 'A met B.', sentenceStart: 0, start: 0, end: 1 },
    ],
  },
} as unknown as EdgeRecord;

const sha1Prefix = (text: string) => hash('sha1', text, 'base64url').slice(0, 22);

describe('content hashes', () => {
  // Snapshots and Neo4j databases store these: a change of encoding would make every record look changed.
  it('keep the values stored before they were written into reused bytes', () => {
    expect(nodeHash(node)).toBe('_WjcH_hI9uZSanZuGJT-9B');
    expect(edgeHash(edge)).toBe('fi8uskz7Mcoh2Ei0wytK2w');
  });

  it('digest a node as the canonical text of its attributes and id', () => {
    expect(nodeHash(node)).toBe(sha1Prefix(canonical({ ...node.attributes, id: node.id })));
  });

  it('digest an edge as its canonical attributes, ends, and each evidence in order', () => {
    const { evidence, ...flat } = edge.attributes;
    const cited = evidence.map((e) => `s${e.docId.length}:${e.docId}${e.date === null ? 'n;' : `s${e.date.length}:${e.date}`}${e.sentenceStart};${e.start};${e.end};s${e.sentence.length}:${e.sentence}`);
    const text = `${canonical({ ...flat, id: edge.id })}>s8:person:as8:person:be2[${cited.join('')}`;
    expect(edgeHash(edge)).toBe(sha1Prefix(text));
  });

  it('take the record id over an attribute of that name and leave the stored hash out', () => {
    const withId = { ...node, attributes: { ...node.attributes, id: 'other', hash: 'stale' } } as unknown as NodeRecord;
    expect(nodeHash(withId)).toBe(nodeHash(node));
  });

  it('are not changed by a record that could not be hashed before them', () => {
    const bad = { ...node, attributes: { ...node.attributes, odd: { an: 'object' } } } as unknown as NodeRecord;
    expect(() => nodeHash(bad)).toThrow(/cannot hold object/);
    expect(nodeHash(node)).toBe('_WjcH_hI9uZSanZuGJT-9B');
  });
});
