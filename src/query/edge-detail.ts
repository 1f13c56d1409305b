import { NotFoundError, type GraphStore } from '../domain/index.js';
import { documentRef, sortedKeys, summarize } from './presenters.js';
import type { EdgeDetail } from './types.js';

/** A relation for the viewer's side panel: its ends, attributes, evidence and the documents' titles and dates. */
export async function edgeDetail(store: GraphStore, id: string): Promise<EdgeDetail> {
  const edge = await store.getEdge(id);
  if (!edge) throw new NotFoundError('EDGE_NOT_FOUND', `No relation has the id "${id}"; edge ids look like MET:person:a->person:b and come from the neighbourhood or path answers.`);
  const { evidence, ...attributes } = edge.attributes;
  const ends = new Map((await store.getNodes([edge.source, edge.target])).map((n) => [n.id, n]));
  const docIds = [...new Set([...edge.attributes.docIds, ...evidence.map((e) => e.docId)])];
  const documents = (await store.getNodes(docIds)).filter((n) => n.attributes.label === 'Document').map(documentRef);
  return {
    id,
    type: edge.attributes.type,
    source: summarize(ends.get(edge.source)!),
    target: summarize(ends.get(edge.target)!),
    attributes: sortedKeys(attributes),
    evidence,
    documents: documents.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.id < b.id ? -1 : 1)),
  };
}
