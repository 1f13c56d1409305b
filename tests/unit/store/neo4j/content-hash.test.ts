import { describe, expect, it } from 'vitest';
import type { EdgeRecord, NodeRecord } from '../../../../src/domain/graph.js';
import { docSetDigest, docSetDigests, edgeHash, evidenceSetDigest, nodeHash } from '../../../../src/store/neo4j/content-hash.js';
import { edgeFromProps, edgeToStored, nodeFromProps, nodeToStored } from '../../../../src/store/neo4j/records.js';

const node: NodeRecord = { id: 'person:a', attributes: { label: 'Person', name: 'A', aliases: ['Ay'], docIds: ['doc:1'], firstSeen: '2024-01-01' } };
const edge: EdgeRecord = {
  id: 'MET:person:a->person:b',
  source: 'person:a',
  target: 'person:b',
  attributes: {
    type: 'MET',
    docIds: ['doc:1'],
    count: 1,
    firstDate: '2024-05-01',
    lastDate: '2024-05-01',
    evidence: [{ docId: 'doc:1', date: '2024-05-01', sentence: 'A met B.', sentenceStart: 0, start: 0, end: 1 }],
  },
};

describe('content hashes', () => {
  it('are the same for the same content whatever the order of the attributes', () => {
    const reordered = { id: node.id, attributes: Object.fromEntries(Object.entries(node.attributes).reverse()) } as unknown as NodeRecord;
    expect(nodeHash(reordered)).toBe(nodeHash(node));
    expect(nodeHash(node)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it.each<[string, Partial<NodeRecord['attributes']>]>([
    ['a new alias', { aliases: ['Ay', 'Bee'] }],
    ['another document', { docIds: ['doc:1', 'doc:2'] }],
    ['a later sighting', { lastSeen: '2024-02-01' }],
    ['a name moved into the aliases', { name: 'Ay', aliases: ['A'] }],
  ])('change for a node with %s', (_what, change) => {
    expect(nodeHash({ ...node, attributes: { ...node.attributes, ...change } })).not.toBe(nodeHash(node));
  });

  it.each<[string, EdgeRecord]>([
    ['other endpoints', { ...edge, target: 'person:c' }],
    ['endpoints swapped', { ...edge, source: edge.target, target: edge.source }],
    ['another count', { ...edge, attributes: { ...edge.attributes, count: 2 } }],
    ['an evidence offset moved', { ...edge, attributes: { ...edge.attributes, evidence: [{ ...edge.attributes.evidence[0]!, end: 2 }] } }],
    ['an undated evidence', { ...edge, attributes: { ...edge.attributes, evidence: [{ ...edge.attributes.evidence[0]!, date: null }] } }],
    ['a sentence reworded', { ...edge, attributes: { ...edge.attributes, evidence: [{ ...edge.attributes.evidence[0]!, sentence: 'A met  B.' }] } }],
  ])('change for an edge with %s', (_what, changed) => {
    expect(edgeHash(changed)).not.toBe(edgeHash(edge));
  });

  it('survive a round trip through Neo4j properties: a record read back hashes as it was written', () => {
    const nodeProps = nodeToStored(node);
    expect(nodeHash(nodeFromProps(nodeProps))).toBe(nodeProps.hash);
    const edgeProps = edgeToStored(edge);
    expect(edgeHash(edgeFromProps(edgeProps, edge.source, edge.target))).toBe(edgeProps.hash);
  });

  it('are stored as the property hash but never come back as an attribute', () => {
    expect(nodeFromProps(nodeToStored(node))).toEqual(node);
    expect(edgeFromProps(edgeToStored(edge), edge.source, edge.target)).toEqual(edge);
  });
});

describe('evidence set digests', () => {
  const said = (docId: string, start: number, sentence = 'A met B.') => ({ docId, date: '2024-05-01', sentence, sentenceStart: 0, start, end: start + 1 });

  it('are the same for the same rows in any order, a key repeated counted once (its last copy)', () => {
    const digest = evidenceSetDigest([said('doc:1', 0), said('doc:2', 4)]);
    expect(evidenceSetDigest([said('doc:2', 4, 'Other words.'), said('doc:1', 0), said('doc:1', 0), said('doc:2', 4)])).toBe(digest);
    expect(digest).toMatch(/^r2:/);
  });

  it('change when the sentence or date of a key changes, since a load that appends keeps the stored rows as they are', () => {
    const digest = evidenceSetDigest([said('doc:1', 0), said('doc:2', 4)]);
    expect(evidenceSetDigest([said('doc:1', 0), said('doc:2', 4, 'Other words.')])).not.toBe(digest);
    expect(evidenceSetDigest([said('doc:1', 0), { ...said('doc:2', 4), date: null }])).not.toBe(digest);
  });

  it('change when a key is added, dropped or moved', () => {
    const digest = evidenceSetDigest([said('doc:1', 0), said('doc:2', 4)]);
    expect(evidenceSetDigest([said('doc:1', 0)])).not.toBe(digest);
    expect(evidenceSetDigest([said('doc:1', 0), said('doc:2', 4), said('doc:3', 0)])).not.toBe(digest);
    expect(evidenceSetDigest([said('doc:1', 0), said('doc:2', 5)])).not.toBe(digest);
  });
});

describe('document set digests', () => {
  it('are the same for the same ids in any order, a repeated id counted once', () => {
    expect(docSetDigest(['doc:2', 'doc:1', 'doc:2'])).toBe(docSetDigest(['doc:1', 'doc:2']));
    expect(docSetDigest(['doc:1', 'doc:2'])).toMatch(/^d2:/);
  });

  it('differ when one id differs, is missing or is added, so a stored list is never taken for another', () => {
    const digest = docSetDigest(['doc:1', 'doc:2', 'doc:3']);
    for (const other of [['doc:1', 'doc:2', 'doc:4'], ['doc:1', 'doc:2'], ['doc:1', 'doc:2', 'doc:3', 'doc:4'], ['doc:1', 'doc:3', 'doc:2 ']]) expect(docSetDigest(other), other.join()).not.toBe(digest);
  });

  it('of a list and of the part of it a test picks come out of one pass as each would alone', () => {
    const ids = ['doc:1', 'doc:7', 'doc:2', 'doc:7', 'doc:9'];
    const both = docSetDigests(ids, (id) => id !== 'doc:9');
    expect(both).toEqual({ part: docSetDigest(['doc:1', 'doc:2', 'doc:7']), all: docSetDigest(ids) });
    expect(docSetDigests(ids, () => false).part).toBe(docSetDigest([]));
  });
});
