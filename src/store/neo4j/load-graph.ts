import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { InvalidRequestError } from '../../domain/errors.js';
import type { EdgeRecord, GraphData, NodeRecord } from '../../domain/graph.js';
import type { NodeLabel, RelationshipType } from '../../domain/labels.js';
import type { LoadReport } from '../../domain/store.js';
import { mergeEdgeAttributes, mergeNodeAttributes } from '../embedded/index.js';
import { foldEdges, foldNodes } from './fold-records.js';
import { edgeFromProps, edgeToProps, nodeFromProps, nodeToProps } from './records.js';
import {
  COUNT_EDGES,
  COUNT_LABEL,
  createEdgesStatement,
  createNodesStatement,
  MERGE_EDGES,
  MERGE_NODES,
  MISSING_NODE_IDS,
  READ_EDGES_BY_ID,
  READ_NODES_BY_ID,
} from './statements.js';
import { groupBy } from '../../domain/group-by.js';

export interface LoadOptions {
  /** Rows per write transaction. */
  readonly batchSize: number;
}

/**
 * Merges a graph into Neo4j with the embedded store's rule (mergeNodeAttributes and
 * mergeEdgeAttributes), batch by batch, grouped by label and by type: each transaction reads the
 * stored records of its batch, merges them in JS and writes whole property maps, so loading twice
 * changes nothing and loading more unions provenance. A label or type with nothing stored yet is
 * created without that read. Records repeating an id within the load are folded into one first. Endpoints are checked before anything is written, as the embedded
 * store does. Each batch is one retried executeWrite, so a crash leaves whole batches and loading
 * again converges.
 */
export async function loadGraph(driver: Driver, database: string, loaded: GraphData, options: LoadOptions): Promise<LoadReport> {
  const nodes = foldNodes(loaded.nodes);
  const edges = foldEdges(loaded.edges, (kept, next) => {
    throw endpointsChanged(kept, next);
  });
  const graph = { ...loaded, nodes: nodes.records, edges: edges.records };
  const nodeGroups = groupBy(graph.nodes, (n) => n.attributes.label);
  const edgeGroups = groupBy(graph.edges, (e) => e.attributes.type);
  const session = driver.session({ database });
  try {
    const storedEdgeTypes = await storedTypes(session, [...edgeGroups.keys()]);
    await checkEndpoints(session, graph, edgeGroups, storedEdgeTypes);
    // A repeated id within the load counts as an update of its first occurrence, as in the embedded store.
    const report = { nodesCreated: 0, nodesUpdated: nodes.folded, edgesCreated: 0, edgesUpdated: edges.folded };
    for (const [label, group] of nodeGroups) {
      const fresh = (await countOf(session, COUNT_LABEL[label])) === 0;
      for (const batch of chunks(group, options.batchSize)) {
        const updated = await session.executeWrite((tx) => (fresh ? createNodes(tx, label, batch) : writeNodes(tx, label, batch)));
        report.nodesUpdated += updated;
        report.nodesCreated += batch.length - updated;
      }
    }
    for (const [type, group] of edgeGroups) {
      const fresh = !storedEdgeTypes.has(type);
      for (const batch of chunks(group, options.batchSize)) {
        const updated = await session.executeWrite((tx) => (fresh ? createEdges(tx, type, batch) : writeEdges(tx, type, batch)));
        report.edgesUpdated += updated;
        report.edgesCreated += batch.length - updated;
      }
    }
    return report;
  } finally {
    await session.close();
  }
}

async function createNodes(tx: ManagedTransaction, label: NodeLabel, batch: readonly NodeRecord[]): Promise<number> {
  const props = batch.map(nodeToProps);
  const keys = keysOf(props);
  await tx.run(createNodesStatement(label, keys), { rows: props.map((p) => keys.map((k) => p[k] ?? null)) });
  return 0;
}

async function createEdges(tx: ManagedTransaction, type: RelationshipType, batch: readonly EdgeRecord[]): Promise<number> {
  const props = batch.map(edgeToProps);
  const keys = keysOf(props);
  const rows = batch.map((edge, i) => [edge.source, edge.target, ...keys.map((k) => props[i]![k] ?? null)]);
  await tx.run(createEdgesStatement(type, keys), { rows });
  return 0;
}

/** Every property key in a batch, sorted, so that batches of one shape share one cached plan. */
function keysOf(props: readonly Record<string, unknown>[]): string[] {
  const keys = new Set<string>();
  for (const p of props) for (const key in p) if (p[key] !== undefined) keys.add(key);
  return [...keys].sort();
}

/** Returns how many of the batch were already stored. */
async function writeNodes(tx: ManagedTransaction, label: NodeLabel, batch: readonly NodeRecord[]): Promise<number> {
  const stored = await tx.run(READ_NODES_BY_ID, { ids: batch.map((n) => n.id) });
  const byId = new Map(stored.records.map((r) => nodeFromProps(r.get('props'))).map((n) => [n.id, n.attributes]));
  const rows = batch.map((node) => {
    const before = byId.get(node.id);
    const merged = before ? { id: node.id, attributes: mergeNodeAttributes(before, node.attributes) } : node;
    return { id: node.id, props: nodeToProps(merged) };
  });
  await tx.run(MERGE_NODES[label], { rows });
  return byId.size;
}

async function writeEdges(tx: ManagedTransaction, type: RelationshipType, batch: readonly EdgeRecord[]): Promise<number> {
  const byId = await storedEdges(tx, type, batch);
  const rows = batch.map((edge) => {
    const before = byId.get(edge.id);
    if (before && (before.source !== edge.source || before.target !== edge.target)) throw endpointsChanged(before, edge);
    const merged = before ? { ...edge, attributes: mergeEdgeAttributes(before.attributes, edge.attributes) } : edge;
    return { id: edge.id, source: edge.source, target: edge.target, props: edgeToProps(merged) };
  });
  await tx.run(MERGE_EDGES[type], { rows });
  return byId.size;
}

async function storedEdges(tx: Pick<ManagedTransaction, 'run'>, type: RelationshipType, batch: readonly EdgeRecord[]): Promise<Map<string, EdgeRecord>> {
  const stored = await tx.run(READ_EDGES_BY_ID[type], { ids: batch.map((e) => e.id) });
  return new Map(stored.records.map((r) => edgeFromProps(r.get('props'), r.get('source'), r.get('target'))).map((e) => [e.id, e]));
}

/**
 * Refuses the whole load before writing when an edge points at a node that is neither loaded nor
 * stored, or when a stored edge id would move to other endpoints.
 */
async function checkEndpoints(
  session: Session,
  graph: GraphData,
  edgeGroups: Map<RelationshipType, EdgeRecord[]>,
  storedEdgeTypes: ReadonlySet<RelationshipType>,
): Promise<void> {
  const incoming = new Set(graph.nodes.map((n) => n.id));
  const outside = [...new Set(graph.edges.flatMap((e) => [e.source, e.target]).filter((id) => !incoming.has(id)))];
  for (const ids of chunks(outside, 5000)) {
    const missing = await session.executeRead((tx) => tx.run(MISSING_NODE_IDS, { ids }));
    const first = missing.records[0]?.get('id') as string | undefined;
    if (first !== undefined) {
      const edge = graph.edges.find((e) => e.source === first || e.target === first)!;
      throw new InvalidRequestError(
        'EDGE_ENDPOINT_MISSING',
        `Edge ${edge.id} points at node ${first}, which is neither stored nor in the loaded graph; load its nodes with it.`,
      );
    }
  }
  for (const [type, edges] of edgeGroups) {
    if (!storedEdgeTypes.has(type)) continue;
    for (const batch of chunks(edges, 5000)) {
      const byId = await session.executeRead((tx) => storedEdges(tx, type, batch));
      for (const edge of batch) {
        const before = byId.get(edge.id);
        if (before && (before.source !== edge.source || before.target !== edge.target)) throw endpointsChanged(before, edge);
      }
    }
  }
}

async function storedTypes(session: Session, types: readonly RelationshipType[]): Promise<Set<RelationshipType>> {
  const stored = new Set<RelationshipType>();
  for (const type of types) if ((await countOf(session, COUNT_EDGES[type])) > 0) stored.add(type);
  return stored;
}

async function countOf(session: Session, statement: string): Promise<number> {
  const result = await session.executeRead((tx) => tx.run(statement));
  return Number(result.records[0]?.get('count') ?? 0);
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
