import { compareStrings, RELATIONSHIP_TYPES, type EdgeQuery } from '../../domain/index.js';
import type { BatchedRead } from './read-batches.js';

const statements = new Map<string, string>();

/**
 * One statement per direction and type set, the types in the pattern (`[r:ATTENDED]`) so that a
 * node's MENTIONS are not expanded, and no property but the ids read: edgesOf's statement returns
 * each edge's whole property map, evidence included. The other end of a self-loop is the node
 * itself, once.
 */
function linkedStatement(query: EdgeQuery): string {
  const direction = query.direction ?? 'both';
  const wanted = query.types ? new Set(query.types) : null;
  const types = wanted ? RELATIONSHIP_TYPES.filter((type) => wanted.has(type)) : [];
  const key = `${direction}:${types.join('|')}:${wanted === null}`;
  let statement = statements.get(key);
  if (!statement) {
    const r = types.length > 0 ? `[r:${types.join('|')}]` : '[r]';
    const pattern = direction === 'out' ? `-${r}->(m)` : direction === 'in' ? `<-${r}-(m)` : `-${r}-(m)`;
    statement = [
      'UNWIND range(0, size($asks) - 1) AS i',
      `MATCH (n:Node {id: $asks[i]})${pattern}`,
      // A self-loop matches twice undirected, as edgesOf's DISTINCT and onceEachById keep it once.
      'WITH DISTINCT i, r, m',
      'RETURN i, collect([r.id, m.id]) AS ends',
    ].join('\n');
    statements.set(key, statement);
  }
  return statement;
}

/**
 * The other ends of `id`'s edges (GraphStore.linkedIds) as one ask of a batched statement
 * (readBatches): a meeting's counterparts are asked for together. No edges of an asked type set
 * (an empty list) reads nothing.
 */
export function linkedIdsRead(id: string, query: EdgeQuery = {}): BatchedRead<string, string[]> | null {
  if (query.types && query.types.length === 0) return null;
  return { statement: linkedStatement(query), params: {}, ask: id, decode: (record) => (record ? inEdgeOrder(record.get('ends') as [string, string][]) : []) };
}

/** The other ends, their edges in id order as edgesOf sorts them (compareStrings, not Cypher's ORDER BY). */
function inEdgeOrder(ends: [string, string][]): string[] {
  return ends.sort(([a], [b]) => compareStrings(a, b)).map(([, other]) => other);
}
