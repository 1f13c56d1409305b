import { type Document, type NodeAttributes, documentNodeKey } from '../domain/index.js';

export { documentNodeKey };

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
