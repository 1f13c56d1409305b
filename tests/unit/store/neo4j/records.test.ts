import { describe, expect, it } from 'vitest';
import type { EdgeRecord } from '../../../../src/domain/graph.js';
import type { Evidence } from '../../../../src/domain/evidence.js';
import { edgeFromProps, edgeToProps, EVIDENCE_HEAD } from '../../../../src/store/neo4j/records.js';
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

describe('plain values', () => {
  it('turn a byte array (the load digests) into base64 rather than an object with a key per byte', () => {
    expect(toPlain(new Int8Array([1, -1, 0]))).toBe(Buffer.from([1, 255, 0]).toString('base64'));
  });
});
