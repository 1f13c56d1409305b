import { z } from 'zod';
import { count, list, maybeText, shape } from './kit.js';
import { NodeLabelSchema } from './node-summary.js';

export const MarkedMentionSchema = shape({
  start: count,
  end: count,
  entityId: z.string(),
  label: NodeLabelSchema,
  name: z.string(),
});

export const DocumentViewSchema = shape({
  id: z.string(),
  title: z.string(),
  date: maybeText,
  category: maybeText,
  url: maybeText,
  sources: list(z.string()),
  text: z.string(),
  mentions: list(MarkedMentionSchema).describe('Sorted by start; non-overlapping.'),
});
