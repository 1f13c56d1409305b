import { z } from 'zod';
import { count, list, shape } from './kit.js';

// Element data is open: it carries whatever attributes the node or edge has besides these.
const nodeData = z.looseObject({
  id: z.string(),
  label: z.string(),
  name: z.string(),
  aliases: list(z.string()).optional(),
  docCount: count.optional().describe('How many documents mention the node.'),
});

const edgeData = z.looseObject({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  count: count,
  firstDate: z.string().optional(),
  lastDate: z.string().optional(),
});

export const ElementsSchema = shape({
  nodes: list(shape({ data: nodeData })),
  edges: list(shape({ data: edgeData })),
}).describe(
  'Cytoscape.js elements. Node data carries the node attributes (text, sources and docIds excluded; docCount tells how many documents mention the node); edge data the edge attributes (evidence and docIds excluded: GET /api/edges/{id} has them).',
);
