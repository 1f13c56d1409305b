import { uniqueSortedEvidence, type EdgeAttributes, type NodeAttributes } from '../domain/index.js';
import { sortedUnion } from './sorted-union.js';

/**
 * How a record already stored and the same id loaded again combine (both stores follow this):
 * the incoming scalar attributes win; provenance is unioned — aliases (never the name), docIds and
 * sources as sorted sets; firstSeen is the earlier, lastSeen the later.
 */
export function mergeNodeAttributes(stored: NodeAttributes, incoming: NodeAttributes): NodeAttributes {
  const merged: Record<string, unknown> = { ...stored, ...incoming };
  merged.aliases = sortedUnion(stored.aliases, incoming.aliases).filter((alias) => alias !== incoming.name);
  if (stored.docIds || incoming.docIds) merged.docIds = sortedUnion(stored.docIds, incoming.docIds);
  if (stored.sources || incoming.sources) merged.sources = sortedUnion(stored.sources, incoming.sources);
  const firstSeen = minDate(stored.firstSeen, incoming.firstSeen);
  const lastSeen = maxDate(stored.lastSeen, incoming.lastSeen);
  if (firstSeen) merged.firstSeen = firstSeen;
  if (lastSeen) merged.lastSeen = lastSeen;
  return merged as unknown as NodeAttributes;
}

/**
 * Edges combine like nodes, and their evidence is unioned (one sentence per docId+start+end,
 * sorted by date, docId, start); docIds, eventIds, count, firstDate and lastDate are recomputed.
 */
export function mergeEdgeAttributes(stored: EdgeAttributes, incoming: EdgeAttributes): EdgeAttributes {
  const evidence = uniqueSortedEvidence([...stored.evidence, ...incoming.evidence]);
  const merged: Record<string, unknown> = { ...stored, ...incoming, evidence, count: evidence.length };
  merged.docIds = sortedUnion(stored.docIds, incoming.docIds, evidence.map((e) => e.docId));
  if (stored.eventIds || incoming.eventIds) merged.eventIds = sortedUnion(stored.eventIds, incoming.eventIds);
  const dates = evidence.map((e) => e.date).filter((d): d is string => d !== null);
  const firstDate = [stored.firstDate, incoming.firstDate, ...dates].reduce(minDate, undefined);
  const lastDate = [stored.lastDate, incoming.lastDate, ...dates].reduce(maxDate, undefined);
  if (firstDate) merged.firstDate = firstDate;
  if (lastDate) merged.lastDate = lastDate;
  return merged as unknown as EdgeAttributes;
}

function minDate(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

function maxDate(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

