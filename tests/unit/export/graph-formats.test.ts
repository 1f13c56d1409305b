import graphology from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { buildGraph, toGraphData } from '../../../src/build/index.js';
import type { GraphData } from '../../../src/domain/graph.js';
import { exportGraph, GRAPH_FORMATS } from '../../../src/export/graph-formats.js';
import { resolve } from '../../../src/resolve/index.js';
import { corpusOf } from '../resolve/fixtures.js';
import { seedReleases } from '../resolve/seed-releases.js';

function graph(): GraphData {
  const { documents, extractions } = corpusOf(seedReleases());
  return toGraphData(buildGraph(documents, resolve(documents, extractions)));
}

describe('exportGraph', () => {
  const data = graph();

  it('writes GraphML that a GraphML reader loads with every node, edge and attribute', () => {
    const read = graphml.parse(graphology.MultiDirectedGraph, exportGraph(data, 'graphml'));
    expect(read.order).toBe(data.nodes.length);
    expect(read.size).toBe(data.edges.length);
    const kim = read.getNodeAttributes('person:kim-jung-kwan');
    expect(kim.nodeLabel).toBe('Person');
    expect(JSON.parse(String(kim.aliases))).toContain('JK Kim');
  });

  it.each([
    ['person:kim-jung-kwan', 'Kim Jung-kwan'],
    ['country:AE', 'UAE'],
  ])('labels GraphML node %s with its name (%s), for Gephi’s label column and yEd’s NodeLabel', (id, name) => {
    const text = exportGraph(data, 'graphml');
    const read = graphml.parse(graphology.MultiDirectedGraph, text);
    expect(read.getNodeAttribute(id, 'label')).toBe(name);
    const node = new RegExp(`<node id="${id}">.*?</node>`).exec(text)?.[0] ?? '';
    expect(node).toContain(`<y:NodeLabel>${name}</y:NodeLabel>`);
  });

  it('labels no node, in either XML format, with its type', () => {
    const types = new Set<string>(data.nodes.map((n) => n.attributes.label));
    for (const format of ['graphml', 'gexf'] as const) {
      const read = (format === 'graphml' ? graphml : gexf).parse(graphology.MultiDirectedGraph, exportGraph(data, format));
      const typed = read.filterNodes((_id, attributes) => types.has(String(attributes.label)));
      expect(typed.filter((id) => data.nodes.find((n) => n.id === id)?.attributes.name !== read.getNodeAttribute(id, 'label'))).toEqual([]);
    }
  });

  it('writes GEXF that Gephi’s format reader loads, showing names and keeping the node label', () => {
    const read = gexf.parse(graphology.MultiDirectedGraph, exportGraph(data, 'gexf'));
    expect(read.order).toBe(data.nodes.length);
    expect(read.size).toBe(data.edges.length);
    expect(read.getNodeAttributes('country:AE')).toMatchObject({ label: 'UAE', nodeLabel: 'Country' });
  });

  it('flattens evidence to JSON text that parses back to the edge’s evidence', () => {
    const read = graphml.parse(graphology.MultiDirectedGraph, exportGraph(data, 'graphml'));
    const edge = data.edges.find((e) => e.attributes.type === 'HOLDS_POSITION');
    expect(JSON.parse(String(read.getEdgeAttribute(edge?.id ?? '', 'evidence')))).toEqual(edge?.attributes.evidence);
    expect(read.getEdgeAttribute(edge?.id ?? '', 'count')).toBe(edge?.attributes.count);
  });

  it('writes JSON in graphology’s serialised form that Graph.from reads back unchanged', () => {
    const read = graphology.MultiDirectedGraph.from(JSON.parse(exportGraph(data, 'json')));
    expect(read.order).toBe(data.nodes.length);
    expect(read.getNodeAttributes('person:yeo-han-koo')).toEqual(data.nodes.find((n) => n.id === 'person:yeo-han-koo')?.attributes);
  });

  it('escapes markup in names and text so the XML stays well formed', () => {
    const tricky: GraphData = {
      schemaVersion: data.schemaVersion,
      nodes: [{ id: 'org:a&b', attributes: { label: 'Organization', name: 'A & B <"Co">', aliases: ["O'Brien\u0001"] } }],
      edges: [],
    };
    expect(graphml.parse(graphology.MultiDirectedGraph, exportGraph(tricky, 'graphml')).getNodeAttribute('org:a&b', 'name')).toBe('A & B <"Co">');
  });

  it.each([...GRAPH_FORMATS])('writes the same %s for the same graph', (format) => {
    expect(exportGraph(graph(), format)).toBe(exportGraph(data, format));
  });
});
