import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { InvalidRequestError, RELATIONSHIP_TYPES, type EdgeRecord, type GraphData, type NodeRecord, groupBy, type NodeLabel, type RelationshipType, type LoadReport } from '../../domain/index.js';
import { mergeEdgeAttributes, mergeNodeAttributes } from '../merge-records.js';
import { foldEdges, foldNodes } from './fold-records.js';
import { canonical, docSetDigests, edgeHash, evidenceSetDigests, nodeHash } from './content-hash.js';
import { docIdInserts, EDGE_STORED_KEYS, edgeAppendProps, edgeFromProps, edgeToStored, evidenceChunkCount, MAX_EVIDENCE_CHUNKS, NODE_DOC_SET, nodeAppendProps, nodeFromProps, nodeToStored, STORED_DOC_COUNT } from './records.js';
import { runPool } from './run-pool.js';
import {
  APPEND_EDGES,
  APPEND_NODES,
  APPEND_NODES_SAME_LABEL,
  batchOf,
  createEdgesStatement,
  createNodesStatement,
  EDGE_ENDS_BY_ID,
  EDGE_ENDS_BY_ID_ALL_TYPES,
  MISSING_NODE_IDS,
  READ_EDGES_BY_ID,
  READ_NODES_BY_ID,
  READ_NODES_WITHOUT_DOCS_BY_ID,
  RECREATE_EDGES,
  RECREATE_NODES,
  UPDATE_EDGES,
  UPDATE_NODES,
  UPDATE_NODES_SAME_LABEL,
} from './statements.js';
import { ONE_STATEMENT_SEEKS, storedEdgeHashes, storedHashesInOne, storedNodeHashes, type StoredHashes } from './stored-hashes.js';
import { BucketDigests, BUCKETS, bucketOf } from './bucket-digests.js';
import { carriedHash } from '../carried-hashes.js';
import { allStoredHashes, holdLoadLock, markDigestsWriting, readLoadDigests, writeLoadDigests, writeLoadDigestsIn, type StoredDigestState } from './load-digests.js';

export interface LoadOptions {
  /** Rows per write transaction. */
  readonly batchSize: number;
  /** Write transactions in flight at once (each in its own session). */
  readonly concurrency: number;
}

/** The store's report, and how many records were actually written (new or changed). */
export interface LoadStats extends LoadReport {
  readonly nodesWritten: number;
  readonly edgesWritten: number;
  /**
   * How the load found what differs: the stored bucket digests were 'valid' (only the records of
   * differing buckets compared), the database was 'empty', or the digests were 'rebuilt' from every
   * stored hash (a database loaded before digests existed, or after a load died mid-way).
   */
  readonly digests: 'valid' | 'empty' | 'rebuilt';
  /** Buckets whose digest differed, and the loaded records in them, whose stored hashes were read. */
  readonly compared: { readonly buckets: number; readonly records: number };
  /** Milliseconds spent hashing what was given, reading stored digests and hashes, checking endpoints, writing. */
  readonly ms: { readonly hash: number; readonly read: number; readonly check: number; readonly write: number };
}

type Props = Record<string, unknown>;

interface Hashed<T> {
  readonly record: T;
  readonly hash: string;
  readonly bucket: number;
}

interface Pending<T> {
  /** Not stored: created without any read. */
  readonly fresh: T[];
  /** Stored with another hash: read, merged with the stores' rule, written when the merge differs. */
  readonly changed: T[];
  /** Stored with the same hash: nothing to do. */
  unchanged: number;
}

/** A record as written: its id and the content hash now stored on it. */
type Written = readonly [id: string, hash: string];

/**
 * Merges a graph into Neo4j with the embedded store's rule (mergeNodeAttributes and
 * mergeEdgeAttributes), so loading twice changes nothing and loading more unions provenance.
 *
 * Every record carries a hash of its content, and the database keeps digests of buckets of those
 * hashes (bucket-digests.ts). A load digests what it was given, reads the stored digests in one
 * statement, and compares record by record only in the buckets that differ: it reads the stored
 * hashes of those records and sorts them into fresh (CREATE, no read), changed (read, merge, write
 * in one transaction, skipped when the merge is what is stored) and unchanged. Reloading an
 * unchanged graph therefore reads 512 KiB and writes nothing, and adding releases reads and writes
 * about what they bring. A load writing few records (adding releases) writes them and the digests
 * in one transaction. A bigger one marks the digests untrusted before the first record is written
 * and writes them again after the last, so a load that died leaves them untrusted, and the next
 * load compares every record (as one does on a database loaded before digests existed) and
 * converges: every batch is one retried executeWrite, whole or not at all. Digests also record how
 * many nodes and relationships were stored, so records deleted or added behind the loader's back
 * make them untrusted too. Loads wait for each other
 * (holdLoadLock). Records repeating an id are folded into one first. Endpoints are checked before
 * anything is written, as the embedded store does.
 */
export async function loadGraph(driver: Driver, database: string, loaded: GraphData, options: LoadOptions): Promise<LoadStats> {
  const lock = await holdLoadLock(driver, database);
  try {
    return await loadLocked(driver, database, loaded, options);
  } finally {
    await lock.release();
  }
}

async function loadLocked(driver: Driver, database: string, loaded: GraphData, options: LoadOptions): Promise<LoadStats> {
  const nodes = foldNodes(loaded.nodes);
  const edges = foldEdges(loaded.edges, (kept, next) => {
    throw endpointsChanged(kept, next);
  });
  const edgeGroups = groupBy(edges.records, (e) => e.attributes.type);
  const types = [...edgeGroups.keys()];
  const ms = { hash: 0, read: 0, check: 0, write: 0 };
  const timed = async <T>(phase: keyof typeof ms, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      ms[phase] += performance.now() - started;
    }
  };
  const session = driver.session({ database });
  let nodePlan: Pending<Hashed<NodeRecord>>;
  const edgePlans = new Map<RelationshipType, Pending<Hashed<EdgeRecord>>>();
  let storedEdges: ReadonlyMap<string, StoredEdge>;
  let state: StoredDigestState;
  /** What the stored hashes of the compared records were: the digests are updated from them. */
  let before: { nodes: StoredHashes; edges: StoredHashes };
  /** Every stored hash, when the digests are rebuilt rather than updated. */
  let everything: { nodes: StoredHashes; edges: StoredHashes } | null = null;
  let compared = { buckets: 0, records: 0 };
  const local = BucketDigests.empty();
  try {
    // The digests are asked for first, so the server reads them while this process hashes.
    const digestsRead = readLoadDigests(session);
    // Awaited below; this only keeps a failure that comes while hashing from going unhandled.
    digestsRead.catch(() => undefined);
    const nodeHashes = await timed('hash', () => hashedYielding(nodes.records, nodeHash));
    const edgeHashes = new Map<RelationshipType, Hashed<EdgeRecord>[]>();
    for (const type of types) edgeHashes.set(type, await timed('hash', () => hashedYielding(edgeGroups.get(type)!, edgeHash)));
    await timed('hash', () => {
      for (const { record, hash, bucket } of nodeHashes) local.add(record.id, hash, bucket);
      for (const group of edgeHashes.values()) for (const { record, hash, bucket } of group) local.add(record.id, hash, bucket);
    });
    state = await timed('read', () => digestsRead);
    if (state.kind === 'unknown') {
      const all = await timed('read', () => allStoredHashes(session));
      everything = all;
      before = all;
      nodePlan = sort(nodeHashes, all.nodes);
      for (const [type, group] of edgeHashes) edgePlans.set(type, sort(group, all.edges));
      compared = { buckets: BUCKETS, records: nodes.records.length + edges.records.length };
    } else {
      const differ = local.differingBuckets(state.kind === 'valid' ? state.digests : BucketDigests.empty());
      const inDiffering = <T>(items: readonly Hashed<T>[]) => items.filter((item) => differ.has(item.bucket));
      const nodesToCompare = inDiffering(nodeHashes);
      const edgesToCompare = new Map([...edgeHashes].map(([type, group]) => [type, inDiffering(group)] as const));
      compared = { buckets: differ.size, records: nodesToCompare.length + [...edgesToCompare.values()].reduce((sum, group) => sum + group.length, 0) };
      const empty = state.kind === 'empty';
      // Each label or type in a session of its own, so that the server seeks them side by side.
      const readIn = <T>(work: (reader: Session) => Promise<T>): Promise<T> => {
        const reader = driver.session({ database });
        return work(reader).finally(() => reader.close());
      };
      const ids = <T extends { id: string }>(items: readonly Hashed<T>[]) => items.map((item) => item.record.id);
      const [storedNodes, ...storedByType] = await timed('read', async (): Promise<StoredHashes[]> => {
        if (empty || compared.records === 0) return [new Map(), ...[...edgesToCompare].map(() => new Map())];
        if (compared.records <= ONE_STATEMENT_SEEKS) {
          const found = await storedHashesInOne(session, ids(nodesToCompare), new Map([...edgesToCompare].map(([type, group]) => [type, ids(group)])));
          return [found.nodes, ...[...edgesToCompare].map(([type]) => found.edges.get(type)!)];
        }
        return Promise.all([
          readIn((reader) => storedNodeHashes(reader, ids(nodesToCompare))),
          ...[...edgesToCompare].map(([type, group]) => readIn((reader) => storedEdgeHashes(reader, type, ids(group)))),
        ]);
      });
      nodePlan = sort(nodesToCompare, storedNodes!);
      const storedEdgeHashesAll: StoredHashes = new Map();
      [...edgesToCompare].forEach(([type, group], i) => {
        edgePlans.set(type, sort(group, storedByType[i]!));
        for (const [id, hash] of storedByType[i]!) storedEdgeHashesAll.set(id, hash);
      });
      before = { nodes: storedNodes!, edges: storedEdgeHashesAll };
    }
    storedEdges = await timed('check', () => checkEndpoints(session, nodes.records, edgePlans));
  } finally {
    await session.close();
  }

  // Each batch is one statement's work in a given transaction.
  type Step = (tx: ManagedTransaction) => Promise<Written[]>;
  const steps = <T>(items: readonly T[], work: (tx: ManagedTransaction, batch: T[], untrust: Untrust) => Promise<Written[]>, untrust: Untrust): Step[] =>
    [...chunks(items, options.batchSize)].map((batch) => (tx) => work(tx, batch, untrust));
  const nodesByLabel = (items: readonly Hashed<NodeRecord>[]) => groupBy(items, (n) => n.record.attributes.label);
  // Nodes this load creates: a document among them is one no stored node or edge can cite yet.
  const created = new Set(nodePlan.fresh.map((n) => n.record.id));
  const nodeSteps = (untrust: Untrust): Step[] => [
    ...[...nodesByLabel(nodePlan.fresh)].flatMap(([label, group]) => steps(group, (tx, batch, u) => createNodes(tx, label, batch, u), untrust)),
    ...[...nodesByLabel(nodePlan.changed)].flatMap(([label, group]) => steps(group, (tx, batch, u) => mergeNodes(tx, label, batch, created, u), untrust)),
  ];
  const edgeSteps = (untrust: Untrust): Step[] =>
    [...edgePlans].flatMap(([type, plan]) => [
      ...steps(plan.fresh, (tx, batch, u) => createEdges(tx, type, batch, u), untrust),
      ...steps(plan.changed, (tx, batch, u) => mergeEdges(tx, type, batch, storedEdges, created, u), untrust),
    ]);
  const digestsAfter = (nodesWritten: readonly Written[], edgesWritten: readonly Written[]) =>
    everything ? rebuiltDigests(everything, nodesWritten, edgesWritten) : updatedDigests(state.kind === 'valid' ? state.digests : BucketDigests.empty(), before, nodesWritten, edgesWritten);
  const toWrite = nodePlan.fresh.length + nodePlan.changed.length + [...edgePlans.values()].reduce((sum, plan) => sum + plan.fresh.length + plan.changed.length, 0);
  let nodesWritten: Written[] = [];
  let edgesWritten: Written[] = [];
  if (toWrite === 0 && state.kind !== 'unknown') {
    // Nothing differs: nothing is written, not even the digests.
  } else if (state.kind !== 'empty' && toWrite <= ONE_TRANSACTION_RECORDS) {
    // A load adding a few releases: every statement and the digests in one transaction, so the
    // digests commit with the records or not at all (no untrusted mark, no second write of them),
    // and one commit instead of one per label and type. Retried whole by executeWrite.
    const session = driver.session({ database });
    try {
      [nodesWritten, edgesWritten] = await timed('write', () =>
        session.executeWrite(async (tx) => {
          const trusted: Untrust = () => Promise.resolve();
          const nodesNow: Written[] = [];
          const edgesNow: Written[] = [];
          for (const step of nodeSteps(trusted)) nodesNow.push(...(await step(tx)));
          for (const step of edgeSteps(trusted)) edgesNow.push(...(await step(tx)));
          if (nodesNow.length + edgesNow.length > 0 || state.kind === 'unknown') await writeLoadDigestsIn(tx, digestsAfter(nodesNow, edgesNow), state.kind === 'valid' ? state.base : null);
          return [nodesNow, edgesNow] as const;
        }),
      );
    } finally {
      await session.close();
    }
  } else {
    // A big load: batches in transactions of their own, several in flight. The digests are
    // untrusted from before the first record is written until they are written again after the
    // last; a load whose merges all turn out to be what is stored writes nothing at all.
    let untrusted: Promise<void> | null = null;
    const untrust: Untrust = () => (untrusted ??= markDigestsWriting(driver, database));
    const inOwnTransaction = (step: Step) => () => {
      const batchSession = driver.session({ database });
      return batchSession.executeWrite((tx) => step(tx)).finally(() => batchSession.close());
    };
    const run = async (all: Step[]) => (await runPool(all.map(inOwnTransaction), options.concurrency, (task) => task())).flat();
    nodesWritten = await timed('write', () => run(nodeSteps(untrust)));
    edgesWritten = await timed('write', () => run(edgeSteps(untrust)));
    if (nodesWritten.length + edgesWritten.length > 0 || state.kind === 'unknown') {
      await timed('write', () => writeLoadDigests(driver, database, digestsAfter(nodesWritten, edgesWritten)));
    }
  }

  const freshEdges = [...edgePlans.values()].reduce((sum, plan) => sum + plan.fresh.length, 0);
  // A repeated id within the load counts as an update of its first occurrence, as in the embedded store.
  return {
    nodesCreated: nodePlan.fresh.length,
    nodesUpdated: nodes.records.length - nodePlan.fresh.length + nodes.folded,
    edgesCreated: freshEdges,
    edgesUpdated: edges.records.length - freshEdges + edges.folded,
    nodesWritten: nodesWritten.length,
    edgesWritten: edgesWritten.length,
    digests: state.kind === 'unknown' ? 'rebuilt' : state.kind,
    compared,
    ms: { hash: Math.round(ms.hash), read: Math.round(ms.read), check: Math.round(ms.check), write: Math.round(ms.write) },
  };
}

/** The stored digests with each written record's old hash (if it was stored) taken out and its new one counted. */
function updatedDigests(stored: BucketDigests, before: { nodes: StoredHashes; edges: StoredHashes }, nodes: readonly Written[], edges: readonly Written[]): BucketDigests {
  const digests = stored.copy();
  const update = (written: readonly Written[], previous: StoredHashes) => {
    for (const [id, hash] of written) {
      if (previous.has(id)) digests.remove(id, previous.get(id)!);
      digests.add(id, hash);
    }
  };
  update(nodes, before.nodes);
  update(edges, before.edges);
  return digests;
}

/** The digests of every stored record, as read before writing and then overwritten by what was written. */
function rebuiltDigests(everything: { nodes: StoredHashes; edges: StoredHashes }, nodes: readonly Written[], edges: readonly Written[]): BucketDigests {
  const digests = BucketDigests.empty();
  const count = (stored: StoredHashes, written: readonly Written[]) => {
    const now = new Map(stored);
    for (const [id, hash] of written) now.set(id, hash);
    for (const [id, hash] of now) digests.add(id, hash);
  };
  count(everything.nodes, nodes);
  count(everything.edges, edges);
  return digests;
}

/**
 * Records with their hashes: the one each came with (a snapshot carries them, carried-hashes.ts)
 * or computed here, yielding to the event loop every few hundred so the driver's reads progress meanwhile.
 */
async function hashedYielding<T extends NodeRecord | EdgeRecord>(records: readonly T[], hash: (record: T) => string): Promise<Hashed<T>[]> {
  const hashed: Hashed<T>[] = [];
  for (let i = 0; i < records.length; i++) {
    if (i % 500 === 499) await new Promise((resume) => setImmediate(resume));
    const record = records[i]!;
    hashed.push({ record, hash: carriedHash(record) ?? hash(record), bucket: bucketOf(record.id) });
  }
  return hashed;
}

function sort<T extends Hashed<{ id: string }>>(items: readonly T[], stored: StoredHashes): Pending<T> {
  const plan: Pending<T> = { fresh: [], changed: [], unchanged: 0 };
  for (const item of items) {
    if (!stored.has(item.record.id)) plan.fresh.push(item);
    else if (stored.get(item.record.id) !== item.hash) plan.changed.push(item);
    else plan.unchanged += 1;
  }
  return plan;
}

/** Marks the stored digests untrusted, once per load; awaited before any statement that writes records. */
type Untrust = () => Promise<void>;

async function createNodes(tx: ManagedTransaction, label: NodeLabel, batch: readonly Hashed<NodeRecord>[], untrust: Untrust): Promise<Written[]> {
  const all = batch.map(({ record, hash }) => nodeToStored(record, hash));
  const keys = keysOf(all);
  await untrust();
  await tx.run(createNodesStatement(label, keys), batchOf({ rows: all.map((props) => keys.map((k) => props[k] ?? null)) }));
  return batch.map(({ record, hash }) => [record.id, hash]);
}

async function createEdges(tx: ManagedTransaction, type: RelationshipType, batch: readonly Hashed<EdgeRecord>[], untrust: Untrust): Promise<Written[]> {
  const all = batch.map(({ record, hash }) => edgeToStored(record, hash));
  const keys = keysOf(all, EDGE_STORED_KEYS);
  const rows = batch.map(({ record }, i) => [record.source, record.target, ...keys.map((k) => all[i]![k] ?? null)]);
  await untrust();
  await tx.run(createEdgesStatement(type, keys), batchOf({ rows }));
  return batch.map(({ record, hash }) => [record.id, hash]);
}

/** Every property key in a batch and those always named, sorted, so that batches of one shape share one cached plan. */
function keysOf(props: readonly Props[], always: readonly string[] = []): string[] {
  const keys = new Set<string>(always);
  for (const p of props) for (const key in p) if (p[key] !== undefined) keys.add(key);
  return [...keys].sort();
}

/**
 * Reads the stored nodes, merges, and writes those whose merge differs. A stored node's document
 * list is not read when its set digest shows it holds exactly the incoming ids of documents loaded
 * before (provenNodeDocs); when the merge is then the incoming node itself (releases were only
 * added), its new ids are inserted into the stored list and the rest set (records.ts'
 * nodeAppendProps, docIdInserts): a hub's list is neither read nor sent. Otherwise the node is
 * read whole (once more, for those few) and written whole.
 */
async function mergeNodes(tx: ManagedTransaction, label: NodeLabel, batch: readonly Hashed<NodeRecord>[], created: ReadonlySet<string>, untrust: Untrust): Promise<Written[]> {
  const read = await tx.run(READ_NODES_WITHOUT_DOCS_BY_ID, batchOf({ ids: batch.map((n) => n.record.id) }));
  const stored = new Map(read.records.map((r) => [r.get('props').id as string, { props: withoutNulls(r.get('props') as Props), hasDocs: r.get('hasDocs') as boolean }]));
  const proven = new Map<string, { docs: Set<string>; all: string }>();
  for (const { record } of batch) {
    const found = stored.get(record.id);
    const docs = found?.hasDocs ? provenNodeDocs(record, found.props, created) : null;
    if (docs) proven.set(record.id, docs);
  }
  const unproven = batch.filter(({ record }) => stored.get(record.id)?.hasDocs && !proven.has(record.id));
  const whole =
    unproven.length === 0
      ? new Map<string, Props>()
      : new Map((await tx.run(READ_NODES_BY_ID, batchOf({ ids: unproven.map((n) => n.record.id) }))).records.map((r) => [r.get('props').id as string, r.get('props') as Props]));
  const appended: { id: string; props: Props; docsAt: unknown[]; docsNew: string[]; relabel: boolean }[] = [];
  const rows = batch.flatMap(({ record, hash }) => {
    const found = stored.get(record.id);
    const { docs, all } = proven.get(record.id) ?? {};
    // Proven: the stored list is the incoming ids of those documents, in the same (ascending) order.
    const raw = docs ? { ...found!.props, docIds: record.attributes.docIds!.filter((id) => docs.has(id)) } : found?.hasDocs ? whole.get(record.id) : found?.props;
    const merged = raw ? { id: record.id, attributes: mergeNodeAttributes(nodeFromProps(raw).attributes, record.attributes) } : record;
    if (docs && sameNode(merged, record)) {
      if (found!.props.hash === hash) return [];
      const inserts = docIdInserts(merged.attributes.docIds!, docs);
      appended.push({ id: record.id, props: nodeAppendProps(merged, hash, all!), docsAt: inserts.at, docsNew: inserts.ids, relabel: found!.props.label !== label });
      return [];
    }
    const props = nodeToStored(merged);
    return raw && raw.hash === props.hash ? [] : [{ id: record.id, props, stored: raw !== undefined, relabel: raw?.label !== label }];
  });
  // What is stored is updated through the id index; created again only what vanished since it was
  // compared. Nodes stored under another label get this one set (per-label statements); the rest,
  // nearly always all, go through the one statement every label shares.
  const kept = rows.filter((row) => row.stored);
  const gone = rows.filter((row) => !row.stored).map(({ id, props }) => ({ id, props }));
  const sameLabel = <R extends { relabel: boolean }>(items: readonly R[]) => items.filter((item) => !item.relabel).map(({ relabel: _relabel, ...rest }) => rest);
  const relabelled = <R extends { relabel: boolean }>(items: readonly R[]) => items.filter((item) => item.relabel).map(({ relabel: _relabel, ...rest }) => rest);
  if (rows.length + appended.length > 0) await untrust();
  const run = async (text: string, batch: readonly object[]) => {
    if (batch.length > 0) await tx.run(text, batchOf({ rows: batch.map(({ stored: _stored, ...row }: { stored?: boolean }) => row) }));
  };
  await run(UPDATE_NODES_SAME_LABEL, sameLabel(kept));
  await run(UPDATE_NODES[label], relabelled(kept));
  await run(RECREATE_NODES[label], gone);
  await run(APPEND_NODES_SAME_LABEL, sameLabel(appended));
  await run(APPEND_NODES[label], relabelled(appended));
  return [...rows, ...appended].map(({ id, props }) => [id, props.hash as string]);
}

/**
 * The documents a changed node is stored with, when its set digest tells them without reading its
 * list: the incoming ids of documents this load does not create (so were loaded before), if the
 * stored digest of the list (records.ts' NODE_DOC_SET) is theirs; with them, the digest of the
 * whole incoming list (what an append stores). Null: read the list back.
 */
function provenNodeDocs(incoming: NodeRecord, stored: Props, created: ReadonlySet<string>): { docs: Set<string>; all: string } | null {
  const digest = stored[NODE_DOC_SET];
  const ids = incoming.attributes.docIds;
  if (typeof digest !== 'string' || !ids) return null;
  const { part, all } = docSetDigests(ids, (id) => !created.has(id));
  if (part !== digest) return null;
  const docs = new Set<string>();
  for (const id of ids) if (!created.has(id)) docs.add(id);
  return { docs, all };
}

/** The merge is the incoming node itself: the same attributes, the same document list in its order. */
function sameNode(merged: NodeRecord, incoming: NodeRecord): boolean {
  const { docIds: mergedDocs, ...mergedRest } = merged.attributes;
  const { docIds, ...rest } = incoming.attributes;
  if (!mergedDocs || !docIds || mergedDocs.length !== docIds.length || mergedDocs.some((id, i) => id !== docIds[i])) return false;
  return canonical(mergedRest as Props) === canonical(rest as Props);
}

/** A changed relationship as checkEndpoints read it: endpoints and every property but the evidence and document lists (records.ts' EDGE_WITHOUT_EVIDENCE). */
interface StoredEdge {
  readonly source: string;
  readonly target: string;
  readonly props: Props;
}

/**
 * Merges changed relationships with what is stored and writes those whose merge differs. Where the
 * stored evidence is provably the incoming sentences of the documents loaded before (provenDocs),
 * the merge needs only the properties checkEndpoints read, and when it comes out as the incoming
 * edge itself (releases were only added), the new documents' sentences are appended as a chunk,
 * their ids inserted into the stored document list and the scalars set (records.ts'
 * edgeAppendProps, docIdInserts): a hub's stored lists are neither read nor sent. Otherwise the
 * stored edge is read back whole and written whole, as it is every MAX_EVIDENCE_CHUNKS appends.
 */
async function mergeEdges(
  tx: ManagedTransaction,
  type: RelationshipType,
  batch: readonly { record: EdgeRecord; hash: string }[],
  storedEdges: ReadonlyMap<string, StoredEdge>,
  created: ReadonlySet<string>,
  untrust: Untrust,
): Promise<Written[]> {
  // The digests of each incoming edge's evidence, all of it and that of the documents it is stored with.
  const digestOver = (record: EdgeRecord, docs: ReadonlySet<string>) => ({ docs, ...evidenceSetDigests(record.attributes.evidence, (e) => docs.has(e.docId)) });
  const digests = new Map<string, ReturnType<typeof digestOver>>(
    batch.flatMap(({ record }) => {
      const stored = storedEdges.get(record.id);
      const docs = stored ? provenDocs(record, stored, created) : null;
      return docs ? [[record.id, digestOver(record, docs)] as const] : [];
    }),
  );
  // Proven: the stored sentences are exactly the incoming ones of those documents.
  const proven = (id: string) => {
    const digest = digests.get(id);
    return digest !== undefined && digest.part === storedEdges.get(id)?.props.evidenceSet;
  };
  const unproven = batch.filter(({ record }) => !proven(record.id));
  const read = unproven.length === 0 ? [] : (await tx.run(READ_EDGES_BY_ID[type], batchOf({ ids: unproven.map((e) => e.record.id) }))).records;
  const whole = new Map(read.map((r) => [r.get('props').id as string, edgeFromProps(r.get('props'), r.get('source'), r.get('target'))]));
  // An edge citing a release that is no node of this load (a graph without its documents) was not
  // proven by provenDocs; its stored list, now read, names its documents as it did before.
  for (const { record } of unproven) {
    const docs = new Set(whole.get(record.id)?.attributes.docIds);
    if (docs.size > 0) digests.set(record.id, digestOver(record, docs));
  }
  const appended: { id: string; source: string; target: string; props: Props; docsAt: unknown[]; docsNew: string[] }[] = [];
  const rows = batch.flatMap(({ record, hash }) => {
    const stored = storedEdges.get(record.id);
    // An unproven edge that is no longer stored (cleared since it was compared) is written as new.
    const digest = digests.get(record.id);
    const previous = whole.get(record.id) ?? (stored && digest && proven(record.id) ? withoutEvidence(stored, record) : undefined);
    if (previous && (previous.source !== record.source || previous.target !== record.target)) throw endpointsChanged(previous, record);
    const merged = previous ? { ...record, attributes: mergeEdgeAttributes(previous.attributes, record.attributes) } : record;
    if (stored && digest && proven(record.id)) {
      const chunks = evidenceChunkCount(stored.props);
      if (chunks < MAX_EVIDENCE_CHUNKS && sameEdge(merged, record)) {
        if (stored.props.hash === hash) return [];
        const inserts = docIdInserts(record.attributes.docIds, digest.docs);
        appended.push({ id: record.id, source: record.source, target: record.target, props: edgeAppendProps(record, hash, digest.all, digest.docs, chunks), docsAt: inserts.at, docsNew: inserts.ids });
        return [];
      }
    }
    const props = edgeToStored(merged);
    if (stored && stored.props.hash === props.hash) return [];
    return [{ id: record.id, source: record.source, target: record.target, props, stored: previous !== undefined }];
  });
  // What is stored is updated through the id index; created again only what vanished since it was compared.
  const kept = rows.filter((row) => row.stored).map(({ stored: _stored, ...row }) => ({ ...row, type }));
  const gone = rows.filter((row) => !row.stored).map(({ stored: _stored, ...row }) => row);
  if (rows.length + appended.length > 0) await untrust();
  if (kept.length > 0) await tx.run(UPDATE_EDGES, batchOf({ rows: kept }));
  if (gone.length > 0) await tx.run(RECREATE_EDGES[type], batchOf({ rows: gone }));
  if (appended.length > 0) await tx.run(APPEND_EDGES, batchOf({ rows: appended.map((row) => ({ ...row, type })) }));
  return [...rows, ...appended].map(({ id, props }) => [id, props.hash as string]);
}

/**
 * The merge is the incoming edge itself: the same scalars and provenance, and the very same
 * evidence items in its order (merging keeps the incoming copy of every key), so the incoming
 * content hash holds for it and its new sentences can be appended.
 */
function sameEdge(merged: EdgeRecord, incoming: EdgeRecord): boolean {
  const { evidence: mergedEvidence, docIds: mergedDocs, ...mergedRest } = merged.attributes;
  const { evidence, docIds, ...rest } = incoming.attributes;
  if (mergedEvidence.length !== evidence.length || mergedEvidence.some((e, i) => e !== evidence[i])) return false;
  // The document lists compared id by id: a hub's (~3,600 ids) is most of what canonical would write out.
  if (mergedDocs.length !== docIds.length || mergedDocs.some((id, i) => id !== docIds[i])) return false;
  return canonical(mergedRest as Props) === canonical(rest as Props);
}

/**
 * The documents a changed edge is stored with, when they can be told without reading its lists:
 * those of its incoming sentences that this load does not create (so were loaded before), if the
 * stored list is as long. The caller then proves the stored sentences are exactly the incoming ones
 * of these documents by the evidence digest; with that, the stored list holds their ids (a stored
 * list names every document of the edge's sentences: writes take them from the evidence) and no
 * other (it is as long). Null: the edge's stored list is not known to be so (read back whole).
 */
function provenDocs(incoming: EdgeRecord, stored: StoredEdge, created: ReadonlySet<string>): Set<string> | null {
  const count = stored.props[STORED_DOC_COUNT];
  if (count === undefined || count === null) return null;
  const docs = new Set<string>();
  for (const e of incoming.attributes.evidence) if (!created.has(e.docId)) docs.add(e.docId);
  return docs.size === (neo4j.isInt(count) ? count.toNumber() : Number(count)) ? docs : null;
}

/**
 * The stored edge without its sentences or document list, for a merge once the sentences are
 * proven to be the incoming ones of some documents: merging keeps the incoming copy of every key
 * and recomputes the document list, count and dates from the evidence, so the merge over the
 * incoming sentences alone is the merge over the stored list. The stored document list (those
 * documents) is left out too: each is the document of an incoming sentence, so the union the merge
 * takes with the evidence's documents already holds it. Building that list and converting it back
 * (the ministry's BASED_IN Korea names ~3,600 releases at 100×) was most of this function's 53 ms
 * of mergeEdges' 241 ms sampled in a +1% load's loader profile.
 */
function withoutEvidence(stored: StoredEdge, incoming: EdgeRecord): EdgeRecord {
  const { [STORED_DOC_COUNT]: _count, ...props } = stored.props;
  const { attributes } = edgeFromProps({ ...props, docIds: [], evidenceJson: '[]' }, stored.source, stored.target);
  return { id: incoming.id, source: stored.source, target: stored.target, attributes: { ...attributes, evidence: [] } };
}

/**
 * Refuses the whole load before writing when an edge to write points at a node that is neither
 * loaded nor stored, or when a stored edge id would move to other endpoints. An edge whose hash is
 * unchanged is stored with these endpoints (the hash covers them, and Neo4j keeps no relationship
 * whose node is gone), so only new and changed edges are checked, and only changed ones read: a
 * +1% load looks at the ~1% it writes, not at every edge it was given.
 */
async function checkEndpoints(
  session: Session,
  nodes: readonly NodeRecord[],
  plans: ReadonlyMap<RelationshipType, Pending<{ record: EdgeRecord }>>,
): Promise<Map<string, StoredEdge>> {
  const stored = new Map<string, StoredEdge>();
  const edges = [...plans.values()].flatMap((plan) => [...plan.fresh, ...plan.changed].map((e) => e.record));
  const ends = new Set<string>();
  for (const e of edges) ends.add(e.source).add(e.target);
  if (ends.size > 0) for (const n of nodes) ends.delete(n.id);
  const outside = [...ends];
  for (const ids of chunks(outside, 5000)) {
    const missing = await session.executeRead((tx) => tx.run(MISSING_NODE_IDS, batchOf({ ids })));
    const first = missing.records[0]?.get('id') as string | undefined;
    if (first !== undefined) {
      const edge = edges.find((e) => e.source === first || e.target === first)!;
      throw new InvalidRequestError(
        'EDGE_ENDPOINT_MISSING',
        `Edge ${edge.id} points at node ${first}, which is neither stored nor in the loaded graph; load its nodes with it.`,
      );
    }
  }
  const keep = (found: { records: readonly { get(key: string): unknown }[] }) => {
    for (const r of found.records) stored.set(r.get('id') as string, { source: r.get('source') as string, target: r.get('target') as string, props: withoutNulls(r.get('props') as Props) });
  };
  const changed = [...plans.values()].reduce((sum, plan) => sum + plan.changed.length, 0);
  if (changed > 0 && changed <= ENDS_IN_ONE_STATEMENT) {
    // A load adding a few releases: every type's changed relationships in one statement, not one per type.
    const edgeIds = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, (plans.get(t)?.changed ?? []).map((e) => e.record.id)]));
    keep(await session.executeRead((tx) => tx.run(EDGE_ENDS_BY_ID_ALL_TYPES, batchOf({ edges: edgeIds }))));
  } else {
    for (const [type, plan] of plans) {
      for (const batch of chunks(plan.changed, ENDS_IN_ONE_STATEMENT)) keep(await session.executeRead((tx) => tx.run(EDGE_ENDS_BY_ID[type], batchOf({ ids: batch.map((e) => e.record.id) }))));
    }
  }
  for (const plan of plans.values()) {
    for (const { record } of plan.changed) {
      const { source, target } = stored.get(record.id) ?? record;
      if (source !== record.source || target !== record.target) {
        throw endpointsChanged({ ...record, source, target }, record);
      }
    }
  }
  return stored;
}

/**
 * Up to this many records to write (new or changed), a load into a database that holds records
 * writes them all in one transaction. A +1% load at 100x the sample writes ~1,100; a first load
 * (into an empty database) keeps its batches in parallel transactions, whose state stays small and
 * which a load that dies leaves whole.
 */
const ONE_TRANSACTION_RECORDS = 20_000;

/** Changed relationships whose stored endpoints and properties are read in one statement (per type above it). */
const ENDS_IN_ONE_STATEMENT = 5000;

/** A map projection names every key; those the relationship lacks come back null. */
function withoutNulls(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null));
}

function endpointsChanged(stored: EdgeRecord, edge: EdgeRecord): InvalidRequestError {
  return new InvalidRequestError(
    'EDGE_ENDPOINTS_CHANGED',
    `Edge ${edge.id} is stored as ${stored.source} -> ${stored.target} but loaded as ${edge.source} -> ${edge.target}; an edge id names one pair of endpoints.`,
  );
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
