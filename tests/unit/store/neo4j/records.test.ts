import { describe, expect, it } from 'vitest';
import type { EdgeRecord } from '../../../../src/domain/graph.js';
import type { Evidence } from '../../../../src/domain/evidence.js';
import neo4j from 'neo4j-driver';
import type { NodeRecord } from '../../../../src/domain/graph.js';
import { edgeFromProps, edgeToProps, EVIDENCE_HEAD, nodeFromProps, nodeToProps } from '../../../../src/store/neo4j/records.js';
import { toPlain } from '../../../../src/store/neo4j/plain-values.js';

const sentence = (i: number): Evidence => ({ docId: `doc:${i}`, date: '2024-05-01', sentence: `A met B (${i}).`, sentenceStart: 0, start: 0, end: 1 });
const edgeCiting = (n: number): EdgeRecord => {
  const evidence = Array.from({ length: n }, (_, i) => sentence(i));
  return {
    id: 'MET:person:a->person:b',
    source: 'person:a',
    target: 'person:b',
    attributes: { type: 'MET', docIds: evidence.map((e) => e.docId), count: n, firstDate: '2024-05-01', lastDate: '2024-05-01', evidence },
  };
};

describe('edges as Neo4j properties', () => {
  it('keep the first sentences beside the whole list only when there are more than the head holds', () => {
    expect(edgeToProps(edgeCiting(EVIDENCE_HEAD)).evidenceHeadJson).toBeUndefined();
    const long = edgeCiting(EVIDENCE_HEAD + 5);
    const props = edgeToProps(long);
    expect(JSON.parse(String(props.evidenceHeadJson))).toEqual(long.attributes.evidence.slice(0, EVIDENCE_HEAD));
    expect(JSON.parse(String(props.evidenceJson))).toEqual(long.attributes.evidence);
  });

  it('read back as the edge that was written, without the head', () => {
    const long = edgeCiting(EVIDENCE_HEAD + 5);
    const props = edgeToProps(long);
    expect(edgeFromProps(props, long.source, long.target)).toEqual(long);
  });
});

describe('nodes as Neo4j properties', () => {
  const korea: NodeRecord = { id: 'country:KR', attributes: { label: 'Country', name: 'Korea', docIds: ['doc:1', 'doc:2', 'doc:3'] } as unknown as NodeRecord['attributes'] };

  it('keep the number of their documents beside the list, so that a drawing need not read the list', () => {
    expect(nodeToProps(korea).docCount).toEqual(neo4j.int(3));
  });

  it('name no document count when they name no documents (a Document node)', () => {
    const doc: NodeRecord = { id: 'doc:1', attributes: { label: 'Document', title: 'T', date: '2024-05-01' } as unknown as NodeRecord['attributes'] };
    expect(nodeToProps(doc)).not.toHaveProperty('docCount');
  });

  it('read back as the node that was written, without the count', () => {
    expect(nodeFromProps(nodeToProps(korea))).toEqual(korea);
  });
});

describe('plain values', () => {
  it('turn a byte array (the load digests) into base64 rather than an object with a key per byte', () => {
    expect(toPlain(new Int8Array([1, -1, 0]))).toBe(Buffer.from([1, 255, 0]).toString('base64'));
  });
});
