import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../../src/domain/graph.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, SCHEMA_VERSION } from '../../src/domain/index.js';
import { buildGraph, toGraphData } from '../../src/build/index.js';
import { resolve } from '../../src/resolve/index.js';
import { corpusOf } from './resolve/fixtures.js';
import { seedReleases } from './resolve/seed-releases.js';

interface SchemaJson {
  schemaVersion: number;
  nodeProperties: Record<string, { type: string }>;
  nodeLabels: { label: string; properties: string[] }[];
  relationshipProperties: Record<string, { type: string }>;
  relationshipTypes: { type: string; from: string[]; to: string[]; properties: string[] }[];
}

const schema = JSON.parse(readFileSync(new URL('../../graph-schema/schema.json', import.meta.url), 'utf8')) as SchemaJson;
const cypher = readFileSync(new URL('../../graph-schema/constraints.cypher', import.meta.url), 'utf8');

/** Every key of the attribute types, listed so that a field added in src/domain fails here until documented. */
const NODE_ATTRIBUTE_KEYS: Record<keyof NodeAttributes, string> = {
  label: 'string', name: 'string', aliases: 'string[]', kind: 'string', acronym: 'string', country: 'string',
  status: 'string', parties: 'string[]', date: 'string', endDate: 'string', location: 'string', category: 'string',
  url: 'string', text: 'string', sources: 'string[]', firstSeen: 'string', lastSeen: 'string', docIds: 'string[]',
};
const EDGE_ATTRIBUTE_KEYS: Record<keyof EdgeAttributes, string> = {
  type: 'string', title: 'string', role: 'string', status: 'string', eventIds: 'string[]', date: 'string', firstDate: 'string',
  lastDate: 'string', docIds: 'string[]', count: 'integer', evidence: 'Evidence[]',
};

describe('graph-schema', () => {
  it('has the schema version of src/domain', () => {
    expect(schema.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('lists exactly the node labels of src/domain', () => {
    expect(schema.nodeLabels.map((l) => l.label)).toEqual([...NODE_LABELS]);
  });

  it('lists exactly the relationship types of src/domain, each between known labels', () => {
    expect(schema.relationshipTypes.map((r) => r.type)).toEqual([...RELATIONSHIP_TYPES]);
    for (const r of schema.relationshipTypes) {
      for (const label of [...r.from, ...r.to]) expect(NODE_LABELS).toContain(label);
    }
  });

  it('documents every node attribute with its type, plus the id', () => {
    const documented = Object.fromEntries(Object.entries(schema.nodeProperties).map(([k, v]) => [k, v.type]));
    expect(documented).toEqual({ id: 'string', ...NODE_ATTRIBUTE_KEYS });
  });

  it('documents every edge attribute with its type, plus the id', () => {
    const documented = Object.fromEntries(Object.entries(schema.relationshipProperties).map(([k, v]) => [k, v.type]));
    expect(documented).toEqual({ id: 'string', ...EDGE_ATTRIBUTE_KEYS });
  });

  it('names only documented properties under each label and type', () => {
    for (const l of schema.nodeLabels) for (const p of l.properties) expect(Object.keys(schema.nodeProperties)).toContain(p);
    for (const r of schema.relationshipTypes) for (const p of r.properties) expect(Object.keys(schema.relationshipProperties)).toContain(p);
  });

  it.each([...NODE_LABELS])('makes %s ids unique in constraints.cypher', (label) => {
    expect(cypher).toMatch(new RegExp(`CREATE CONSTRAINT \\w+ IF NOT EXISTS FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE;`));
  });

  it.each([...RELATIONSHIP_TYPES])('indexes %s ids in constraints.cypher', (type) => {
    expect(cypher).toMatch(new RegExp(`CREATE INDEX \\w+ IF NOT EXISTS FOR \\(\\)-\\[r:${type}\\]-\\(\\) ON \\(r\\.id\\);`));
  });

  it('indexes entity names and aliases for full-text search', () => {
    expect(cypher).toContain(
      'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Country|Agreement|Event) ON EACH [n.name, n.aliases];',
    );
  });

  it('lists, under each label and type, every property a built graph gives it', () => {
    const { documents, extractions } = corpusOf(seedReleases());
    const data = toGraphData(buildGraph(documents, resolve(documents, extractions)));
    for (const node of data.nodes) {
      const declared = schema.nodeLabels.find((l) => l.label === node.attributes.label)?.properties ?? [];
      expect(declared).toEqual(expect.arrayContaining(Object.keys(node.attributes)));
    }
    for (const edge of data.edges) {
      const declared = schema.relationshipTypes.find((r) => r.type === edge.attributes.type);
      expect(declared?.properties).toEqual(expect.arrayContaining(Object.keys(edge.attributes)));
      const labelOf = (id: string) => data.nodes.find((n) => n.id === id)?.attributes.label;
      expect(declared?.from).toContain(labelOf(edge.source));
      expect(declared?.to).toContain(labelOf(edge.target));
    }
  });
});
