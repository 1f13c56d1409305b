import { z } from 'zod';
import { EvidenceSchema } from '../../domain/index.js';
import { attributes, list, shape } from './kit.js';
import { DocumentRefSchema, NodeSummarySchema } from './node-summary.js';

export const EdgeDetailSchema = shape({
  id: z.string(),
  type: z.string(),
  source: NodeSummarySchema,
  target: NodeSummarySchema,
  attributes: attributes.describe('Every edge attribute except evidence.'),
  evidence: list(EvidenceSchema),
  documents: list(DocumentRefSchema),
});
