import type { GraphData } from '../../domain/index.js';
import { flattenAttributes, type FlatValue } from './flatten.js';
import { escape } from './graphml.js';

/**
 * GEXF 1.3 for Gephi. GEXF reserves `label` for the displayed name, so a node shows its `name` and
 * keeps its label as `nodeLabel`; an edge shows its type. Written here rather than through
 * graphology-gexf, whose writer builds the whole document as one string (too long for V8 at a
 * large corpus); the output follows it: attributes declared in the order first seen, typed
 * integer/long/double/boolean/string (mixed types widen to the looser one), empty values left out.
 */
export function writeGexf(data: GraphData): string {
  return [...gexfChunks(data)].join('');
}

/** writeGexf's text a node or edge at a time; the attribute model takes a first pass. */
export function* gexfChunks(data: GraphData): Generator<string> {
  const nodeModel = model(data.nodes, (n) => nodeAttributes(n.attributes));
  const edgeModel = model(data.edges, (e) => flattenAttributes(e.attributes));
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">\n';
  yield '  <meta/>\n  <graph defaultedgetype="directed">\n';
  yield declarations('node', nodeModel);
  yield declarations('edge', edgeModel);
  yield '    <nodes>\n';
  for (const n of data.nodes) yield element(`node id="${attr(n.id)}" label="${attr(n.attributes.name)}"`, 'node', nodeModel, nodeAttributes(n.attributes));
  yield '    </nodes>\n    <edges>\n';
  for (const e of data.edges) {
    yield element(`edge id="${attr(e.id)}" source="${attr(e.source)}" target="${attr(e.target)}" label="${attr(e.attributes.type)}"`, 'edge', edgeModel, flattenAttributes(e.attributes));
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

type GexfType = 'string' | 'double' | 'long' | 'integer' | 'boolean';

/** Lower wins when one attribute holds values of several types (as in graphology-gexf). */
const PRIORITY: Readonly<Record<GexfType, number>> = { string: 0, double: 1, long: 2, integer: 3, boolean: 4 };

function nodeAttributes(attributes: GraphData['nodes'][number]['attributes']): Record<string, FlatValue> {
  const { label, ...rest } = attributes;
  return { ...flattenAttributes(rest), nodeLabel: label };
}

function model<T>(records: readonly T[], attributesOf: (record: T) => Record<string, FlatValue>): Map<string, GexfType> {
  const types = new Map<string, GexfType>();
  for (const record of records) {
    const attributes = attributesOf(record);
    for (const name in attributes) {
      const type = typeOf(attributes[name]!);
      if (type === null) continue;
      const seen = types.get(name);
      if (seen === undefined || PRIORITY[type] < PRIORITY[seen]) types.set(name, type);
    }
  }
  return types;
}

function typeOf(value: FlatValue): GexfType | null {
  if (value === '' || Number.isNaN(value)) return null;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return value === (value | 0) ? 'integer' : Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

function declarations(kind: 'node' | 'edge', types: ReadonlyMap<string, GexfType>): string {
  if (types.size === 0) return '';
  let out = `    <attributes class="${kind}">\n`;
  for (const [name, type] of types) out += `      <attribute id="${attr(name)}" title="${attr(name)}" type="${type}"/>\n`;
  return `${out}    </attributes>\n`;
}

function element(open: string, kind: 'node' | 'edge', types: ReadonlyMap<string, GexfType>, attributes: Record<string, FlatValue>): string {
  let values = '';
  for (const name of types.keys()) {
    const value = attributes[name];
    if (value === undefined || value === '' || Number.isNaN(value)) continue;
    values += `          <attvalue for="${attr(name)}" value="${attr(String(value))}"/>\n`;
  }
  return `      <${open}>\n        <attvalues>\n${values}        </attvalues>\n      </${kind}>\n`;
}

/** Escaped for an attribute value, with tabs and line breaks as references so parsers keep them. */
function attr(text: string): string {
  return escape(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
