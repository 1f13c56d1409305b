import { z } from 'zod';
import { NODE_LABELS } from '../../domain/index.js';
import { maybeText, shape } from './kit.js';

export const NodeLabelSchema = z.enum(NODE_LABELS);

export const NodeSummarySchema = shape({
  id: z.string(),
  label: NodeLabelSchema,
  name: z.string(),
  kind: z.string().optional(),
  country: z.string().optional(),
  status: z.string().optional(),
  date: z.string().optional(),
  location: z.string().optional(),
}).describe('Enough of a node to name and link it.');

export const DocumentRefSchema = shape({
  id: z.string(),
  title: z.string(),
  date: maybeText,
  url: maybeText,
}).describe('A document by its title, release date and address.');
