import { z } from 'zod';
import { STORE_BACKENDS } from '../../domain/index.js';
import { attributes, count, maybeText, recordOf, shape } from './kit.js';

export const StatsSchema = shape({
  backend: z.enum(STORE_BACKENDS),
  capabilities: shape({ cypher: z.boolean() }),
  nodes: count,
  edges: count,
  nodesByLabel: recordOf(count),
  edgesByType: recordOf(count),
  dateRange: shape({ from: maybeText, to: maybeText }),
  build: attributes.nullable().describe('The snapshot metadata (built at, inputs), null when unknown.'),
});
