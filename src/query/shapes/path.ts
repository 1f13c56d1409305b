import { z } from 'zod';
import { EvidenceSchema } from '../../domain/index.js';
import { ElementsSchema } from './elements.js';
import { list, shape } from './kit.js';
import { NodeSummarySchema } from './node-summary.js';

export const HopSchema = shape({
  edgeId: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  firstDate: z.string().optional(),
  lastDate: z.string().optional(),
  evidence: list(EvidenceSchema).describe('The first sentence of the relation (the path panel quotes it), in evidence order; none when it has no evidence.'),
  evidenceTotal: z.number().int().describe('How many sentences the relation has in all (GET /api/edges/:id lists them).'),
});

export const PathSchema = shape({ nodes: list(NodeSummarySchema), hops: list(HopSchema) });

export const PathResultSchema = shape({
  from: NodeSummarySchema,
  to: NodeSummarySchema,
  paths: list(PathSchema),
  elements: ElementsSchema,
});
