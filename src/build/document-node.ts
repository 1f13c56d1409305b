import type { Document } from '../domain/document.js';
import type { NodeAttributes } from '../domain/graph.js';
import { nodeKey } from '../domain/keys.js';

/** The node key of a document: `doc_3f9a…` → `doc:3f9a…`. */
export function documentNodeKey(docId: string): string {
  return nodeKey('Document', docId.replace(/^doc_/, ''));
}

/** A release as a node: title as name, body as text, every record it was read from as `file#record`. */
export function documentAttributes(doc: Document): NodeAttributes {
  return {
    label: 'Document',
    name: doc.title,
    aliases: [],
    text: doc.body,
    ...(doc.date ? { date: doc.date } : {}),
    ...(doc.category ? { category: doc.category } : {}),
    ...(doc.url ? { url: doc.url } : {}),
    sources: [...new Set(doc.sources.map((s) => `${s.file}#${s.record}`))],
  };
}
