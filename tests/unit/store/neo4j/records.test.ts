import { describe, expect, it } from 'vitest';
import type { EdgeRecord } from '../../../../src/domain/graph.js';
import type { Evidence } from '../../../../src/domain/evidence.js';
import neo4j from 'neo4j-driver';
import type { NodeRecord } from '../../../../src/domain/graph.js';
import { asWrittenWhole, docIdInserts, edgeAppendProps, edgeFromProps, edgeToProps, EVIDENCE_HEAD, NODE_DOC_SET, nodeAppendProps, nodeFromProps, nodeToProps } from '../../../../src/store/neo4j/records.js';
import { docSetDigest } from '../../../../src/store/neo4j/content-hash.js';
import { toPlain } from '../../../../src/store/neo4j/plain-values.js';

/** What APPEND_EDGES does with docIdInserts on the server: each new id inserted at its index, in order. */
function applyDocIdInserts(stored: readonly string[], inserts: { at: readonly { toNumber(): number }[]; ids: readonly string[] }): string[] {
  let list = [...stored];
  inserts.ids.forEach((id, i) => {
    const at = inserts.at[i]!.toNumber();
    list = [...list.slice(0, at), id, ...list.slice(at)];
  });
  return list;
}

const sentence = (i: number): Evidence => ({ docId: `doc:${String(i).padStart(3, '0')}`, date: '2024-05-01', sentence: `A met B (${i}).`, sentenceStart: 0, start: 0, end: 1 });
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

describe('evidence appended in chunks', () => {
  /** The stored edge after loads that brought its first `n` documents, then one that brought `more`: what `SET r += …` leaves. */
  const appended = (n: number, more: number, storedChunks = 0) => {
    const stored = edgeToProps(edgeCiting(n));
    const merged = edgeCiting(n + more);
    const docs = new Set(merged.attributes.docIds.slice(0, n));
    const props = edgeAppendProps(merged, 'h', 'digest', docs, storedChunks);
    const docIds = applyDocIdInserts(stored.docIds as string[], docIdInserts(merged.attributes.docIds, docs));
    return { stored: { ...stored, ...props, docIds }, props, merged };
  };

  it('send only the new documents\' sentences, never the stored list', () => {
    const { props } = appended(EVIDENCE_HEAD + 10, 3);
    expect(props).not.toHaveProperty('evidenceJson');
    expect(props).not.toHaveProperty('docIds');
    expect(JSON.parse(String(props.evidence1))).toEqual(edgeCiting(EVIDENCE_HEAD + 13).attributes.evidence.slice(EVIDENCE_HEAD + 10));
    expect(props.evidenceChunks).toEqual(neo4j.int(1));
  });

  it('read back as the merged edge, in the one evidence order, and compare as the whole write of it', () => {
    const { stored, merged } = appended(EVIDENCE_HEAD + 10, 3);
    expect(edgeFromProps(stored, merged.source, merged.target)).toEqual(merged);
    expect(asWrittenWhole(merged.id, stored)).toEqual({ ...edgeToProps(merged), hash: 'h', evidenceSet: 'digest' });
  });

  it('number chunks after those stored, and set the head only when a new sentence enters it', () => {
    const later = appended(EVIDENCE_HEAD + 10, 3, 2).props;
    expect(later).toHaveProperty('evidence3');
    expect(later).not.toHaveProperty('evidenceHeadJson');
    // A short edge keeps no head until it has chunks; with one, its head is every sentence.
    const short = appended(2, 1);
    expect(JSON.parse(String(short.props.evidenceHeadJson))).toEqual(short.merged.attributes.evidence);
  });

  it('send no chunk and no head when only scalars changed on a short edge, leaving it as a whole write leaves it', () => {
    const { props } = appended(3, 0);
    expect(Object.keys(props).filter((key) => key.startsWith('evidence'))).toEqual(['evidenceSet']);
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

  it('read back as the node that was written, without the count or the set digest', () => {
    expect(nodeFromProps(nodeToProps(korea))).toEqual(korea);
  });

  it('keep a digest of their document list as a set, so that a load can prove the stored list without reading it', () => {
    expect(nodeToProps(korea)[NODE_DOC_SET]).toBe(docSetDigest(['doc:3', 'doc:1', 'doc:2']));
  });

  it('when appended to, set everything but the list, whose new ids go in at their places in the merged one', () => {
    const more: NodeRecord = { ...korea, attributes: { ...korea.attributes, docIds: ['doc:0', 'doc:1', 'doc:2', 'doc:25', 'doc:3'] } };
    const props = nodeAppendProps(more, 'h', docSetDigest(more.attributes.docIds!));
    expect(props).not.toHaveProperty('docIds');
    expect(props).toMatchObject({ id: 'country:KR', name: 'Korea', hash: 'h', docCount: neo4j.int(5), [NODE_DOC_SET]: docSetDigest(more.attributes.docIds!) });
    const { docIds: _docIds, ...whole } = nodeToProps(more);
    expect(props).toEqual({ ...whole, hash: 'h' });
    const inserts = docIdInserts(more.attributes.docIds!, new Set(korea.attributes.docIds));
    expect(applyDocIdInserts(korea.attributes.docIds!, inserts)).toEqual(more.attributes.docIds);
  });
});

describe('plain values', () => {
  it('turn a byte array (the load digests) into base64 rather than an object with a key per byte', () => {
    expect(toPlain(new Int8Array([1, -1, 0]))).toBe(Buffer.from([1, 255, 0]).toString('base64'));
  });
});

describe('document ids inserted into a stored list', () => {
  it.each([
    ['at the end', ['d1', 'd2'], ['d1', 'd2', 'd3', 'd4']],
    ['at the start and in between', ['b', 'd'], ['a', 'b', 'c', 'd']],
    ['into an empty list', [], ['a', 'b']],
    ['none', ['a', 'b'], ['a', 'b']],
  ])('give the merged list when new ids go %s', (_case, stored, merged) => {
    const inserts = docIdInserts(merged, new Set(stored));
    expect(inserts.ids).toEqual(merged.filter((id) => !stored.includes(id)));
    expect(applyDocIdInserts(stored, inserts)).toEqual(merged);
  });
});
