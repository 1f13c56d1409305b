import neo4j from 'neo4j-driver';

/**
 * Turns a driver value into plain JSON: Integers become numbers (strings beyond 2^53, where a
 * number would silently change), temporal values ISO strings, points {srid, x, y[, z]}, lists and
 * maps recursively. Graph values (nodes, relationships, paths) are left to the caller, which knows
 * how to present them; `onGraphValue` receives them.
 */
export function toPlain(value: unknown, onGraphValue?: (value: unknown) => unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value !== 'object') return value;
  // A byte array (only the load digests' node holds one, load-digests.ts) as base64, not an object of a key per byte.
  if (value instanceof Int8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (isTemporal(value)) return value.toString();
  if (neo4j.isPoint(value)) {
    const { srid, x, y, z } = value;
    return z === undefined ? { srid: toPlain(srid), x, y } : { srid: toPlain(srid), x, y, z };
  }
  if (onGraphValue && (neo4j.isNode(value) || neo4j.isRelationship(value) || neo4j.isPath(value))) return onGraphValue(value);
  if (Array.isArray(value)) return (value as unknown[]).map((item) => toPlain(item, onGraphValue));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = toPlain(item, onGraphValue);
  return out;
}

function isTemporal(value: object): value is { toString(): string } {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

/**
 * Parameters from users arrive as JSON; whole numbers go to Neo4j as integers so that
 * `LIMIT $n` or `n.count = $c` behave as written (the driver would send floats).
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNeo4jParams(item)]));
  }
  return value;
}
