import neo4j from 'neo4j-driver';
import { StoreError, type Evidence, type EdgeAttributes, type EdgeRecord, type NodeAttributes, type NodeRecord } from '../../domain/index.js';
import { edgeHash, evidenceSetDigest, nodeHash } from './content-hash.js';
import { toPlain } from './plain-values.js';

/**
 * How records become Neo4j properties and back. Node attributes are already flat. An edge's
 * evidence (a list of objects, which Neo4j cannot store) is kept whole as the JSON string
 * `evidenceJson`; its queryable parts (docIds, count, dates) stay flat properties beside it.
 * What the store writes also carries `hash`, the digest of the rest (content-hash.ts); reading a
 * record back leaves it out. An edge citing more than EVIDENCE_HEAD sentences also keeps its first
 * ones as `evidenceHeadJson`, so an answer that shows only those (a path's hops) reads a few KB
 * instead of the whole list (the ministry's BASED_IN Korea cites ~3,600 sentences, ~1 MB, at 100×).
 * `evidenceSet` (content-hash.ts) lets a load that adds releases merge without reading the list back.
 * A node naming its documents also keeps their number as `docCount`: drawing a node shows only that,
 * and `size(n.docIds)` reads the whole list (Korea and the ministry name ~3,900 releases at 100×,
 * and sit on most paths and in many neighbourhoods). Reading a record back leaves it out too.
 */

/** An edge's stored properties but its evidence lists: what a load reads to merge (checked against EdgeAttributes). */
const STORED_EDGE_KEYS: Record<Exclude<keyof EdgeAttributes, 'evidence'>, true> = {
  type: true, title: true, role: true, status: true, eventIds: true, date: true, firstDate: true, lastDate: true, count: true, docIds: true,
};
export const EDGE_WITHOUT_EVIDENCE = ['id', 'hash', 'evidenceSet', ...Object.keys(STORED_EDGE_KEYS)].map((key) => `.${key}`).join(', ');

type Props = Record<string, unknown>;

/** Sentences kept beside the whole list for answers that show only the first ones. */
export const EVIDENCE_HEAD = 20;

export function nodeToProps(node: NodeRecord): Props {
  const { docIds } = node.attributes;
  return docIds ? { ...node.attributes, id: node.id, docCount: neo4j.int(docIds.length) } : { ...node.attributes, id: node.id };
}

export function edgeToProps(edge: EdgeRecord): Props {
  const { evidence, count, ...flat } = edge.attributes;
  const head = evidence.length > EVIDENCE_HEAD ? { evidenceHeadJson: JSON.stringify(evidence.slice(0, EVIDENCE_HEAD)) } : {};
  return { ...flat, id: edge.id, count: neo4j.int(count), evidenceJson: JSON.stringify(evidence), ...head, evidenceSet: evidenceSetDigest(evidence) };
}

/** A node's properties as written, with their hash (computed when not given). */
export function nodeToStored(node: NodeRecord, hash = nodeHash(node)): Props {
  return { ...nodeToProps(node), hash };
}

/** An edge's properties as written, with their hash (which covers its endpoints too). */
export function edgeToStored(edge: EdgeRecord, hash = edgeHash(edge)): Props {
  return { ...edgeToProps(edge), hash };
}

export function nodeFromProps(raw: unknown): NodeRecord {
  const { id, hash: _hash, docCount: _docCount, ...attributes } = toPlain(raw) as Props;
  return { id: String(id), attributes: attributes as unknown as NodeAttributes };
}

export function edgeFromProps(raw: unknown, source: unknown, target: unknown): EdgeRecord {
  const { id, evidenceJson, evidenceHeadJson: _head, evidenceSet: _set, hash: _hash, ...rest } = toPlain(raw) as Props;
  return {
    id: String(id),
    source: String(source),
    target: String(target),
    attributes: { ...rest, evidence: parseEvidence(String(id), evidenceJson) } as unknown as EdgeAttributes,
  };
}

/** Evidence stored as JSON (evidenceJson or the head evidenceHeadJson), as a read returns it; none when absent. */
export function parseEvidence(edgeId: string, json: unknown): Evidence[] {
  if (typeof json !== 'string') return [];
  try {
    return JSON.parse(json) as Evidence[];
  } catch (cause) {
    throw new StoreError(
      'NEO4J_CORRUPT_EDGE',
      `Edge ${edgeId} in Neo4j has an evidenceJson property that is not JSON; reload the graph with \`tradegraph load\`.`,
      { cause },
    );
  }
}
