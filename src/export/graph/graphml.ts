import type { GraphData, NodeRecord } from '../../domain/index.js';
import { flattenAttributes, type FlatValue } from './flatten.js';

/**
 * GraphML for yEd, Gephi, NetworkX and Cytoscape desktop. graphology-graphml (0.5) only parses, so
 * the writer is here: one <key> per attribute name (integers as int, everything else string),
 * nodes and edges in id order, edge type under `type`. Tools show a node's `label` attribute
 * (Gephi, Cytoscape) or its yFiles NodeLabel (yEd), so both carry the node's name; its type (Person,
 * Country…) is the `nodeLabel` attribute, as in the GEXF export.
 */
export function writeGraphml(data: GraphData): string {
  return [...graphmlChunks(data)].join('');
}

/**
 * writeGraphml's text as a line at a time, so a graph of any size can be written to a file without
 * one string of it all. The keys need a first pass over the attributes; records are flattened again
 * as they are written rather than kept.
 */
export function* graphmlChunks(data: GraphData): Generator<string> {
  const nodeKeys = keyTypes(data.nodes, (n) => ({ ...n.attributes, nodeLabel: n.attributes.label, label: n.attributes.name }));
  const edgeKeys = keyTypes(data.edges, (e) => e.attributes);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [name, type] of nodeKeys) yield `  <key id="n_${escape(name)}" for="node" attr.name="${escape(name)}" attr.type="${type}"/>\n`;
  yield `  <key id="${YED_GRAPHICS}" for="node" yfiles.type="nodegraphics"/>\n`;
  for (const [name, type] of edgeKeys) yield `  <key id="e_${escape(name)}" for="edge" attr.name="${escape(name)}" attr.type="${type}"/>\n`;
  yield `  <!-- tradegraph schemaVersion ${data.schemaVersion} -->\n`;
  yield `  <graph id="tradegraph" edgedefault="directed">\n`;
  for (const n of data.nodes) yield `    <node id="${escape(n.id)}">${dataOf('n', nodeAttributes(n))}${yedLabel(n.attributes.name)}</node>\n`;
  for (const e of data.edges) yield `    <edge id="${escape(e.id)}" source="${escape(e.source)}" target="${escape(e.target)}">${dataOf('e', flattenAttributes(e.attributes))}</edge>\n`;
  yield '  </graph>\n';
  yield '</graphml>\n';
}

function nodeAttributes(n: NodeRecord): Record<string, FlatValue> {
  const { label, ...rest } = n.attributes;
  return flattenAttributes({ ...rest, label: n.attributes.name, nodeLabel: label });
}

/** The key of yEd's own node graphics, which is where yEd looks for the text to show. */
const YED_GRAPHICS = 'n_yed_graphics';

function yedLabel(name: string): string {
  return `<data key="${YED_GRAPHICS}"><y:ShapeNode><y:NodeLabel>${escape(name)}</y:NodeLabel></y:ShapeNode></data>`;
}

/** Each attribute name's GraphML type, from the records as they are (what flattening makes a string is a string). */
function keyTypes<T>(records: readonly T[], attributesOf: (record: T) => object): Map<string, string> {
  const types = new Map<string, string>();
  for (const record of records) {
    const attributes = attributesOf(record) as Readonly<Record<string, unknown>>;
    for (const name in attributes) {
      const value = attributes[name];
      if (value === undefined || value === null) continue;
      const type = typeof value === 'number' && Number.isInteger(value) ? 'int' : typeof value === 'boolean' ? 'boolean' : 'string';
      const seen = types.get(name);
      types.set(name, seen && seen !== type ? 'string' : type);
    }
  }
  return new Map([...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function dataOf(prefix: 'n' | 'e', attributes: Record<string, FlatValue>): string {
  return Object.entries(attributes)
    .map(([name, value]) => `<data key="${prefix}_${escape(name)}">${escape(String(value))}</data>`)
    .join('');
}

/** XML-escapes text and drops characters XML 1.0 cannot carry (C0 controls other than tab and newlines). */
export function escape(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '').replace(SPECIAL_IN_XML, (c) => ENTITIES[c]!);
}

/** C0 controls other than tab and newlines, and the two non-characters U+FFFE and U+FFFF. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is removed
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const SPECIAL_IN_XML = /[&<>"']/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
