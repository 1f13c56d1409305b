import { z } from 'zod';
import { attributes, count, maybeText, recordOf, shape } from './kit.js';

export const StatsSchema = shape({
  backend: z.enum(['embedded', 'neo4j']),
  capabilities: shape({ cypher: z.boolean() }),
  nodes: count,
  edges: count,
  nodesByLabel: recordOf(count),
  edgesByType: recordOf(count),
  dateRange: shape({ from: maybeText, to: maybeText }),
  build: attributes.nullable().describe('The snapshot metadata (built at, inputs), null when unknown.'),
});
