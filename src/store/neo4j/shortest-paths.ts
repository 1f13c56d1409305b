import neo4j, { type Session } from 'neo4j-driver';
import { RELATIONSHIP_TYPES, type PathQuery, type PathRecord } from '../../domain/index.js';
import { runWithoutStack } from './run-without-stack.js';
import { GET_NODES, MAX_PATH_DEPTH, SHORTEST_PATHS } from './statements.js';

const DEFAULT_TYPES = RELATIONSHIP_TYPES.filter((type) => type !== 'MENTIONS');

/**
 * Every shortest undirected path between two nodes with the embedded store's answers: ordered by
 * node-id sequence, then edge-id sequence (parallel edges are distinct paths), at most `limit`; a
 * node to itself is the one empty path; an unknown node or nothing within reach gives none.
 * Depths beyond MAX_PATH_DEPTH search only that deep.
 */
export async function shortestPaths(session: Session, from: string, to: string, query: PathQuery): Promise<PathRecord[]> {
  if (query.limit <= 0) return [];
  if (from === to) {
    const found = await runWithoutStack(session, GET_NODES, { ids: [from] });
    return found.records.length > 0 ? [{ nodes: [from], edges: [] }] : [];
  }
  if (query.maxDepth < 1) return [];
  const statement = SHORTEST_PATHS[Math.min(Math.floor(query.maxDepth), MAX_PATH_DEPTH)]!;
  const result = await runWithoutStack(session, statement, { from, to, types: [...(query.types ?? DEFAULT_TYPES)], limit: neo4j.int(Math.floor(query.limit)) });
  return result.records.map((record) => ({
    nodes: record.get('nodeIds') as string[],
    edges: record.get('edgeIds') as string[],
  }));
}
