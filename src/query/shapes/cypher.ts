import { z } from 'zod';
import { ElementsSchema } from './elements.js';
import { list, shape } from './kit.js';

/** The body of POST /api/cypher, as the route parses it. */
export const CypherRequestSchema = z.object({
  query: z.string().min(1, 'expected a Cypher query'),
  params: z.record(z.string(), z.unknown()).optional(),
});

export const CypherResponseSchema = shape({
  columns: list(z.string()),
  rows: list(list(z.unknown())),
  elements: ElementsSchema,
  truncated: z.boolean(),
});
