import type { EdgeRecord, NodeRecord } from '../domain/index.js';
import type { DocumentRef, Elements, NodeSummary } from './types.js';

const SUMMARY_FIELDS = ['kind', 'country', 'status', 'date', 'location'] as const;
/** Too big for a graph element: the viewer fetches a document's text on demand. */
// A hub's docIds can run to hundreds of ids: the drawing needs only how many (docCount).
const NODE_DATA_OMITTED = new Set(['text', 'sources', 'docIds']);

/** Enough of a node to name and link it. */
export function summarize(node: NodeRecord): NodeSummary {
  const summary: Record<string, unknown> = { id: node.id, label: node.attributes.label, name: node.attributes.name };
  for (const field of SUMMARY_FIELDS) {
    const value = node.attributes[field];
    if (value !== undefined) summary[field] = value;
  }
  return summary as unknown as NodeSummary;
}

/** A Document node as a reference: its title, release date and url. */
export function documentRef(node: NodeRecord): DocumentRef {
  return { id: node.id, title: node.attributes.name, date: node.attributes.date ?? null, url: node.attributes.url ?? null };
}

/**
 * Cytoscape elements of the given records, each once, sorted by id; edges only between given nodes.
 * Node data is every attribute but text, sources and docIds (replaced by docCount); edge data every
 * attribute but evidence and docIds.
 */
export function toElements(nodes: Iterable<NodeRecord>, edges: Iterable<EdgeRecord>): Elements {
  const nodeById = new Map<string, NodeRecord>();
  for (const node of nodes) nodeById.set(node.id, node);
  const edgeById = new Map<string, EdgeRecord>();
  for (const edge of edges) if (nodeById.has(edge.source) && nodeById.has(edge.target)) edgeById.set(edge.id, edge);
  return {
    nodes: sortById([...nodeById.values()]).map((node) => ({ data: nodeData(node) })),
    edges: sortById([...edgeById.values()]).map((edge) => ({ data: edgeData(edge) })),
  };
}

// A node's or edge's element data depends only on its attributes object, which the embedded store
// hands out unchanged until a load replaces it: hubs are drawn in nearly every answer.
const nodeDataOf = new WeakMap<object, Elements['nodes'][number]['data']>();
const edgeDataOf = new WeakMap<object, Elements['edges'][number]['data']>();

/** A node's element data as toElements draws it, the same object for as long as the node's attributes are. */
export function nodeData(node: NodeRecord): Elements['nodes'][number]['data'] {
  let data = nodeDataOf.get(node.attributes);
  if (!data || data.id !== node.id) nodeDataOf.set(node.attributes, (data = freshNodeData(node)));
  return data;
}

/** An edge's element data as toElements draws it, the same object for as long as the edge's attributes are. */
export function edgeData(edge: EdgeRecord): Elements['edges'][number]['data'] {
  let data = edgeDataOf.get(edge.attributes);
  if (!data || data.id !== edge.id || data.source !== edge.source || data.target !== edge.target) edgeDataOf.set(edge.attributes, (data = freshEdgeData(edge)));
  return data;
}

// Element data is built a key at a time (no entries arrays, no spread): a neighbourhood of a hub
// draws thousands of edges, most of them drawn for the first time.
function freshNodeData(node: NodeRecord): Elements['nodes'][number]['data'] {
  const attributes = node.attributes as unknown as Record<string, unknown>;
  const docCount = node.docCount ?? node.attributes.docIds?.length;
  const keys = Object.keys(attributes).filter((key) => !NODE_DATA_OMITTED.has(key));
  if (docCount !== undefined && !keys.includes('docCount')) keys.push('docCount');
  const data: Record<string, unknown> = { id: node.id };
  for (const key of keys.sort()) data[key] = key === 'docCount' && docCount !== undefined ? docCount : attributes[key];
  return data as Elements['nodes'][number]['data'];
}

const EDGE_DATA_OMITTED = new Set(['evidence', 'docIds']);

function freshEdgeData(edge: EdgeRecord): Elements['edges'][number]['data'] {
  // Evidence and document ids are the side panel's (GET /api/edges/:id), not the drawing's.
  const attributes = edge.attributes as unknown as Record<string, unknown>;
  const data: Record<string, unknown> = { id: edge.id, source: edge.source, target: edge.target };
  for (const key of Object.keys(attributes).filter((key) => !EDGE_DATA_OMITTED.has(key)).sort()) data[key] = attributes[key];
  return data as Elements['edges'][number]['data'];
}

/**
 * The same object with its keys in code-unit order: Neo4j hands properties back in no set order,
 * and both backends must answer byte for byte alike.
 */
export function sortedKeys<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) out[key] = (record as Record<string, unknown>)[key];
  return out as T;
}

/** Code-unit order by id, as every store list. */
export function sortById<T extends { readonly id: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
