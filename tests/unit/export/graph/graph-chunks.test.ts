import graphology from 'graphology';
import gexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { buildGraph, toGraphData } from '../../../../src/build/index.js';
import type { GraphData } from '../../../../src/domain/graph.js';
import { graphChunks } from '../../../../src/export/graph/graph-chunks.js';
import { exportGraph, GRAPH_FORMATS } from '../../../../src/export/graph-formats.js';
import { flattenAttributes } from '../../../../src/export/graph/flatten.js';
import { resolve } from '../../../../src/resolve/index.js';
import { corpusOf } from '../../resolve/fixtures.js';
import { seedReleases } from '../../resolve/seed-releases.js';

function seedGraph(): GraphData {
  const { documents, extractions } = corpusOf(seedReleases());
  return toGraphData(buildGraph(documents, resolve(documents, extractions)));
}

const data = seedGraph();
const empty: GraphData = { schemaVersion: data.schemaVersion, nodes: [], edges: [] };

/** What graphology-gexf's own writer makes of the graph: the reference the GEXF writer follows. */
function referenceGexf(graph: GraphData): string {
  const g = new graphology.MultiDirectedGraph();
  for (const node of graph.nodes) {
    const { label, ...rest } = node.attributes;
    g.addNode(node.id, { ...flattenAttributes(rest), nodeLabel: label });
  }
  for (const edge of graph.edges) g.addEdgeWithKey(edge.id, edge.source, edge.target, flattenAttributes(edge.attributes));
  return gexf.write(g, {
    version: '1.3',
    formatNode: (_key, attributes) => ({ label: String(attributes.name ?? ''), attributes }),
    formatEdge: (_key, attributes) => ({ label: String(attributes.type ?? ''), attributes }),
  });
}

function sortedJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
    2,
  );
}

describe('graphChunks', () => {
  it.each(GRAPH_FORMATS.map((format) => [format]))('gives %s a node or edge at a time, never the whole graph in one piece', (format) => {
    const chunks = [...graphChunks(data, format)];
    expect(chunks.length).toBeGreaterThan(data.nodes.length + data.edges.length);
    const whole = chunks.join('');
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(whole.length / 10);
    expect(whole).toBe(exportGraph(data, format));
  });

  it.each([
    ['the seed graph', data],
    ['an empty graph', empty],
    ['a graph without edges', { ...data, edges: [] }],
  ])('writes JSON of %s as one sorted, indented JSON.stringify of the whole graph would', (_name, graph) => {
    const whole = {
      attributes: { schemaVersion: graph.schemaVersion },
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      nodes: graph.nodes.map((n) => ({ key: n.id, attributes: n.attributes })),
      edges: graph.edges.map((e) => ({ key: e.id, source: e.source, target: e.target, attributes: e.attributes })),
    };
    expect([...graphChunks(graph, 'json')].join('')).toBe(`${sortedJson(whole)}\n`);
  });

  it('writes GEXF that reads back as the graph graphology-gexf would have written', () => {
    const ours = gexf.parse(graphology.MultiDirectedGraph, [...graphChunks(data, 'gexf')].join(''));
    const theirs = gexf.parse(graphology.MultiDirectedGraph, referenceGexf(data));
    expect(ours.export()).toEqual(theirs.export());
    expect(ours.size).toBe(data.edges.length);
  });

  it('keeps tabs and line breaks in GEXF attribute values', () => {
    const person = data.nodes.find((n) => n.attributes.label === 'Person')!;
    const tricky = { ...data, nodes: data.nodes.map((n) => (n === person ? { ...n, attributes: { ...n.attributes, name: 'Line one\nline\ttwo & <three>' } } : n)) };
    const read = gexf.parse(graphology.MultiDirectedGraph, [...graphChunks(tricky, 'gexf')].join(''));
    expect(read.getNodeAttribute(person.id, 'name')).toBe('Line one\nline\ttwo & <three>');
  });
});
