import neo4j from 'neo4j-driver';
import { StoreError, uniqueSortedEvidence, type Evidence, type EdgeAttributes, type EdgeRecord, type NodeAttributes, type NodeRecord } from '../../domain/index.js';
import { docSetDigest, edgeHash, evidenceSetDigest, nodeHash } from './content-hash.js';
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
 *
 * A load that adds releases appends: the sentences of an edge's new documents go into a chunk of
 * their own, `evidence1`, `evidence2`, … beside `evidenceJson`, counted by `evidenceChunks`, and the
 * scalars and head are set anew, so the stored list is never rewritten (a +1% load at 100× would
 * otherwise rewrite 12 MB of hub evidence). Reading assembles the chunks into the one evidence
 * order. Chunks are numbered, not named by their content hash, since every distinct property name
 * is a token Neo4j keeps for good (and creates in a transaction of its own); past
 * MAX_EVIDENCE_CHUNKS a load writes the edge whole again, folding them back into `evidenceJson`.
 */

/** How many evidence chunks a load appended after `evidenceJson` (absent: none). */
export const EVIDENCE_CHUNKS = 'evidenceChunks';

/** Appended chunks an edge may hold before a load writes it whole again. */
export const MAX_EVIDENCE_CHUNKS = 16;

/** The property of the appended chunk `index` (1-based). */
export function evidenceChunkKey(index: number): string {
  return `evidence${index}`;
}

const EVIDENCE_CHUNK_KEY = /^evidence[0-9]+$/;

/** An edge's stored properties but its evidence lists: what a load reads to merge (checked against EdgeAttributes). */
const STORED_EDGE_KEYS: Record<Exclude<keyof EdgeAttributes, 'evidence'>, true> = {
  type: true, title: true, role: true, status: true, eventIds: true, date: true, firstDate: true, lastDate: true, count: true, docIds: true,
};
/**
 * Every property a whole write of a relationship can store (edgeToStored), sorted: a load creates
 * relationships with all of them in its statement (null where a row has none, which stores
 * nothing), so that the statement's text does not hang on which optional keys a batch happens to
 * hold — the first load's batches of 10,000 and a load adding a few releases then send the same
 * statements, which a server that has loaded the graph has planned (a batch naming other keys
 * was a statement of its own, planned anew: ~0.1-0.2 s of server CPU each, 4 in a +1% load at 100×).
 */
export const EDGE_STORED_KEYS: readonly string[] = Object.freeze(
  [...Object.keys(STORED_EDGE_KEYS), 'id', 'evidenceJson', 'evidenceHeadJson', 'evidenceSet', 'hash'].sort(),
);

/**
 * What a load reads of a changed relationship to merge it: every stored property but the evidence
 * lists and the document list, whose length alone comes back as STORED_DOC_COUNT. A hub's list
 * (the ministry's BASED_IN Korea names ~3,600 releases at 100×) is most of what a +1% load would
 * otherwise read, and the load proves what it holds from the evidence digest instead (load-graph.ts).
 */
export const STORED_DOC_COUNT = 'storedDocCount';
export const EDGE_WITHOUT_EVIDENCE = [
  ...['id', 'hash', 'evidenceSet', EVIDENCE_CHUNKS, ...Object.keys(STORED_EDGE_KEYS).filter((key) => key !== 'docIds')].map((key) => `.${key}`),
  `${STORED_DOC_COUNT}: size(r.docIds)`,
].join(', ');

type Props = Record<string, unknown>;

/** Sentences kept beside the whole list for answers that show only the first ones. */
export const EVIDENCE_HEAD = 20;

/**
 * The digest of a node's document list as a set (content-hash.ts' docSetDigest), stored beside it:
 * a load adding releases proves a hub's stored list from it instead of reading the list back.
 */
export const NODE_DOC_SET = 'docSet';

export function nodeToProps(node: NodeRecord): Props {
  const { docIds } = node.attributes;
  return docIds ? { ...node.attributes, id: node.id, docCount: neo4j.int(docIds.length), [NODE_DOC_SET]: docSetDigest(docIds) } : { ...node.attributes, id: node.id };
}

/**
 * What a load that appends sets on a stored node (`SET n += …`) whose merge is the incoming node
 * itself: every attribute but the document list (which gets only the new ids, docIdInserts), with
 * the count, the set digest of the whole list (`docSet`, which the load has just computed beside
 * that of the stored part: content-hash.ts' docSetDigests) and the hash of the whole.
 */
export function nodeAppendProps(merged: NodeRecord, hash: string, docSet: string): Props {
  const { docIds, ...attributes } = merged.attributes;
  return { ...attributes, id: merged.id, ...(docIds ? { docCount: neo4j.int(docIds.length), [NODE_DOC_SET]: docSet } : {}), hash };
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
  const { id, hash: _hash, docCount: _docCount, [NODE_DOC_SET]: _docSet, ...attributes } = toPlain(raw) as Props;
  return { id: String(id), attributes: attributes as unknown as NodeAttributes };
}

export function edgeFromProps(raw: unknown, source: unknown, target: unknown): EdgeRecord {
  const plain = toPlain(raw) as Props;
  const { id, evidenceJson: _whole, evidenceHeadJson: _head, evidenceSet: _set, [EVIDENCE_CHUNKS]: _chunks, hash: _hash, ...rest } = plain;
  for (const key of Object.keys(rest)) if (EVIDENCE_CHUNK_KEY.test(key)) delete rest[key];
  return {
    id: String(id),
    source: String(source),
    target: String(target),
    attributes: { ...rest, evidence: storedEvidence(String(id), plain) } as unknown as EdgeAttributes,
  };
}

/** The number of appended chunks a relationship's properties (plain or as the driver returns them) say it holds. */
export function evidenceChunkCount(props: Readonly<Props>): number {
  const count = props[EVIDENCE_CHUNKS];
  if (count === undefined || count === null) return 0;
  return neo4j.isInt(count) ? count.toNumber() : Number(count);
}

/** Every stored sentence of an edge: `evidenceJson` and the chunks appended after it, in the one evidence order. */
export function storedEvidence(edgeId: string, props: Readonly<Props>): Evidence[] {
  return assembledEvidence(edgeId, [props.evidenceJson, ...Array.from({ length: evidenceChunkCount(props) }, (_, i) => props[evidenceChunkKey(i + 1)])]);
}

/** Evidence stored as JSON parts (the whole list and appended chunks), as one list; one part is already in order. */
export function assembledEvidence(edgeId: string, parts: readonly unknown[]): Evidence[] {
  if (parts.length <= 1) return parseEvidence(edgeId, parts[0]);
  return uniqueSortedEvidence(parts.flatMap((part) => parseEvidence(edgeId, part)));
}

/**
 * What a load that appends sets on a stored edge (`SET r += …`), given the merged edge, whose
 * evidence is the stored sentences (those of `storedDocs`, in `storedChunks` appended chunks beside
 * `evidenceJson`) and the new documents' ones: every scalar of the merged edge (which holds every
 * stored key: merging keeps them), its hash and evidence digest, the new sentences as the next
 * chunk when there are any, and the head when it is kept and a new sentence entered it (new
 * releases mostly come later, so a hub's head rarely moves). The whole list is neither serialised
 * nor sent.
 */
export function edgeAppendProps(merged: EdgeRecord, hash: string, evidenceSet: string, storedDocs: ReadonlySet<string>, storedChunks: number): Props {
  const { evidence, count, docIds: _docIds, ...flat } = merged.attributes;
  const props: Props = { id: merged.id, count: neo4j.int(count), evidenceSet, hash };
  for (const [key, value] of Object.entries(flat)) if (value !== undefined) props[key] = value;
  const added = evidence.filter((e) => !storedDocs.has(e.docId));
  const chunks = added.length > 0 ? storedChunks + 1 : storedChunks;
  if (added.length > 0) {
    props[evidenceChunkKey(chunks)] = JSON.stringify(added);
    props[EVIDENCE_CHUNKS] = neo4j.int(chunks);
  }
  const headStored = evidence.length - added.length > EVIDENCE_HEAD || storedChunks > 0;
  const headKept = evidence.length > EVIDENCE_HEAD || chunks > 0;
  const head = evidence.slice(0, EVIDENCE_HEAD);
  if (headKept && (!headStored || head.some((e) => !storedDocs.has(e.docId)))) props.evidenceHeadJson = JSON.stringify(head);
  return props;
}

/**
 * How the stored document list of an appended edge becomes the merged one without either being
 * sent: the merged list's new ids with the index each takes in it, ascending, so that inserting
 * them one by one into the stored list (the merged list without them, in the same order) gives
 * the merged list (statements.ts' APPEND_EDGES; its unit test replays the inserts). Indices are Integers: Bolt
 * sends a JavaScript number as a float, which cannot index a list.
 */
export function docIdInserts(mergedDocIds: readonly string[], storedDocs: ReadonlySet<string>): { at: ReturnType<typeof neo4j.int>[]; ids: string[] } {
  const at: ReturnType<typeof neo4j.int>[] = [];
  const ids: string[] = [];
  mergedDocIds.forEach((id, i) => {
    if (storedDocs.has(id)) return;
    at.push(neo4j.int(i));
    ids.push(id);
  });
  return { at, ids };
}

/**
 * A relationship's stored properties as a whole write (edgeToProps) would have stored them: the
 * appended chunks folded into `evidenceJson` and the head kept only past EVIDENCE_HEAD sentences.
 * Two databases holding the same graph, one loaded at once and one release by release, compare
 * equal through this (graph-checksum.ts).
 */
export function asWrittenWhole(edgeId: string, props: Readonly<Props>): Props {
  if (evidenceChunkCount(props) === 0) return props;
  const evidence = storedEvidence(edgeId, props);
  const whole: Props = {};
  for (const [key, value] of Object.entries(props)) {
    if (key !== EVIDENCE_CHUNKS && key !== 'evidenceHeadJson' && !EVIDENCE_CHUNK_KEY.test(key)) whole[key] = value;
  }
  whole.evidenceJson = JSON.stringify(evidence);
  if (evidence.length > EVIDENCE_HEAD) whole.evidenceHeadJson = JSON.stringify(evidence.slice(0, EVIDENCE_HEAD));
  return whole;
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
