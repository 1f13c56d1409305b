import { edgeKey, type EdgeAttributes, type EdgeRecord, type Evidence } from '../../src/domain/index.js';

/**
 * An edge record as the build makes it, for hand-written fixture graphs: its key from type, ends and
 * qualifier; firstDate and lastDate from the dated evidence; docIds and count from the evidence.
 */
export function fixtureEdge(
  type: EdgeAttributes['type'],
  source: string,
  target: string,
  evidence: Evidence[],
  extra: Partial<EdgeAttributes> = {},
  qualifier?: string,
): EdgeRecord {
  const dates = evidence.map((e) => e.date).filter((d): d is string => d !== null).sort();
  return {
    id: edgeKey(type, source, target, qualifier),
    source,
    target,
    attributes: {
      type,
      ...extra,
      ...(dates.length > 0 ? { firstDate: dates[0], lastDate: dates[dates.length - 1] } : {}),
      docIds: [...new Set(evidence.map((e) => e.docId))].sort(),
      count: evidence.length,
      evidence,
    },
  };
}
