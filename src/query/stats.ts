import type { GraphStore } from '../domain/index.js';
import type { Stats } from './types.js';

/** Counts by label and type, the release dates the documents cover, build information, backend. */
export async function stats(store: GraphStore, build: Readonly<Record<string, unknown>> | null): Promise<Stats> {
  const counts = await store.counts();
  const dates = (await store.listNodes(['Document']))
    .map((doc) => doc.attributes.date)
    .filter((date): date is string => Boolean(date))
    .sort();
  const sum = (record: Readonly<Record<string, number>>) => Object.values(record).reduce((a, b) => a + b, 0);
  return {
    backend: store.backend,
    capabilities: { cypher: store.capabilities.cypher },
    nodes: sum(counts.nodesByLabel),
    edges: sum(counts.edgesByType),
    nodesByLabel: counts.nodesByLabel,
    edgesByType: counts.edgesByType,
    dateRange: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
    build,
  };
}
