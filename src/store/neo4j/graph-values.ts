import neo4j, { type Node, type Path, type Relationship, type Transaction } from 'neo4j-driver';
import { type EdgeRecord, type NodeRecord, compareStrings } from '../../domain/index.js';
import { edgeFromProps, nodeFromProps } from './records.js';
import { NODE_IDS_BY_ELEMENT_ID } from './statements.js';

interface RelationshipRow {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: unknown;
}

/**
 * Collects the nodes and relationships a user query returns, for drawing, and presents them in
 * rows as { id, labels, properties } and { id, type, source, target, properties }, with the
 * graph's own ids (Neo4j's element ids only for things the graph did not create). A relationship's
 * endpoints are known by element id; those whose node was not returned are looked up once at the end.
 */
export class GraphCollector {
  private readonly nodeRecords = new Map<string, NodeRecord>();
  private readonly edgeSources = new Map<string, { relationship: Relationship; row: RelationshipRow }>();
  private readonly idByElementId = new Map<string, string>();

  add(value: unknown): unknown {
    if (neo4j.isNode(value)) return this.addNode(value);
    if (neo4j.isRelationship(value)) return this.addRelationship(value);
    if (neo4j.isPath(value)) return this.addPath(value);
    return value;
  }

  /** Fills in relationship endpoints whose nodes were not in the result. */
  async resolveEndpoints(tx: Transaction): Promise<void> {
    const unknown = new Set<string>();
    for (const { relationship } of this.edgeSources.values()) {
      for (const eid of [relationship.startNodeElementId, relationship.endNodeElementId]) {
        if (!this.idByElementId.has(eid)) unknown.add(eid);
      }
    }
    if (unknown.size === 0) return;
    const found = await tx.run(NODE_IDS_BY_ELEMENT_ID, { elementIds: [...unknown] });
    for (const record of found.records) {
      const eid = record.get('eid') as string;
      this.idByElementId.set(eid, (record.get('id') as string | null) ?? eid);
    }
  }

  finishRows(rows: unknown[][]): unknown[][] {
    for (const { relationship, row } of this.edgeSources.values()) {
      row.source = this.idOf(relationship.startNodeElementId);
      row.target = this.idOf(relationship.endNodeElementId);
    }
    return rows;
  }

  nodes(): NodeRecord[] {
    return [...this.nodeRecords.values()].sort((a, b) => compareStrings(a.id, b.id));
  }

  edges(): EdgeRecord[] {
    return [...this.edgeSources.values()]
      .map(({ relationship, row }) => {
        const props = { ...relationship.properties, id: row.id };
        return edgeFromProps(props, this.idOf(relationship.startNodeElementId), this.idOf(relationship.endNodeElementId));
      })
      .sort((a, b) => compareStrings(a.id, b.id));
  }

  private idOf(elementId: string): string {
    return this.idByElementId.get(elementId) ?? elementId;
  }

  private addNode(node: Node): unknown {
    const id = typeof node.properties.id === 'string' ? node.properties.id : node.elementId;
    this.idByElementId.set(node.elementId, id);
    const record = nodeFromProps({ ...node.properties, id });
    this.nodeRecords.set(id, record);
    return { id, labels: [...node.labels].sort(compareStrings), properties: record.attributes };
  }

  private addRelationship(relationship: Relationship): unknown {
    const id = typeof relationship.properties.id === 'string' ? relationship.properties.id : relationship.elementId;
    const existing = this.edgeSources.get(id);
    if (existing) return existing.row;
    const { attributes } = edgeFromProps({ ...relationship.properties, id }, '', '');
    const row: RelationshipRow = { id, type: relationship.type, source: '', target: '', properties: attributes };
    this.edgeSources.set(id, { relationship, row });
    return row;
  }

  private addPath(path: Path): unknown {
    const nodes = [this.addNode(path.start), ...path.segments.map((segment) => this.addNode(segment.end))];
    const relationships = path.segments.map((segment) => this.addRelationship(segment.relationship));
    return { nodes, relationships };
  }
}
