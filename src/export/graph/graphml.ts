import type { GraphData } from '../../domain/graph.js';
import { flattenAttributes, type FlatValue } from './flatten.js';

/**
 * GraphML for yEd, Gephi, NetworkX and Cytoscape desktop. graphology-graphml (0.5) only parses, so
 * the writer is here: one <key> per attribute name (integers as int, everything else string),
 * nodes and edges in id order, edge type under `type`. Tools show a node's `label` attribute
 * (Gephi, Cytoscape) or its yFiles NodeLabel (yEd), so both carry the node's name; its type (Person,
 * Country…) is the `nodeLabel` attribute, as in the GEXF export.
 */
export function writeGraphml(data: GraphData): string {
  const nodes = data.nodes.map((n) => {
    const { label, ...rest } = n.attributes;
    return { id: n.id, name: n.attributes.name, attributes: flattenAttributes({ ...rest, label: n.attributes.name, nodeLabel: label }) };
  });
  const edges = data.edges.map((e) => ({ ...e, attributes: flattenAttributes(e.attributes) }));
  const nodeKeys = keyTypes(nodes.map((n) => n.attributes));
  const edgeKeys = keyTypes(edges.map((e) => e.attributes));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys].map(([name, type]) => `  <key id="n_${escape(name)}" for="node" attr.name="${escape(name)}" attr.type="${type}"/>`),
    `  <key id="${YED_GRAPHICS}" for="node" yfiles.type="nodegraphics"/>`,
    ...[...edgeKeys].map(([name, type]) => `  <key id="e_${escape(name)}" for="edge" attr.name="${escape(name)}" attr.type="${type}"/>`),
    `  <!-- tradegraph schemaVersion ${data.schemaVersion} -->`,
    `  <graph id="tradegraph" edgedefault="directed">`,
    ...nodes.map((n) => `    <node id="${escape(n.id)}">${dataOf('n', n.attributes)}${yedLabel(n.name)}</node>`),
    ...edges.map((e) => `    <edge id="${escape(e.id)}" source="${escape(e.source)}" target="${escape(e.target)}">${dataOf('e', e.attributes)}</edge>`),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}

/** The key of yEd's own node graphics, which is where yEd looks for the text to show. */
const YED_GRAPHICS = 'n_yed_graphics';

function yedLabel(name: string): string {
  return `<data key="${YED_GRAPHICS}"><y:ShapeNode><y:NodeLabel>${escape(name)}</y:NodeLabel></y:ShapeNode></data>`;
}

function keyTypes(records: readonly Record<string, FlatValue>[]): Map<string, string> {
  const types = new Map<string, string>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
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
  return [...text]
    .filter((c) => !isForbiddenInXml(c.codePointAt(0) ?? 0))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function isForbiddenInXml(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}
