import { z } from 'zod';
import { EvidenceSchema } from '../../domain/index.js';
import { ElementsSchema } from './elements.js';
import { attributes, count, list, maybeText, page, recordOf, shape } from './kit.js';
import { DocumentRefSchema, NodeLabelSchema, NodeSummarySchema } from './node-summary.js';

export const SearchHitSchema = shape({
  id: z.string(),
  label: NodeLabelSchema,
  name: z.string(),
  aliases: list(z.string()),
  kind: z.string().optional(),
  country: z.string().optional(),
  score: z.number(),
  matched: z.string().describe('The name or alias that matched best.'),
});

export const SearchResultSchema = shape({ query: z.string(), hits: list(SearchHitSchema) });

export const PositionSchema = shape({
  edgeId: z.string(),
  title: maybeText,
  organization: NodeSummarySchema,
  firstSeen: maybeText,
  lastSeen: maybeText,
  evidence: list(EvidenceSchema),
});

export const EntityDetailSchema = shape({
  id: z.string(),
  label: NodeLabelSchema,
  name: z.string(),
  aliases: list(z.string()),
  attributes: attributes.describe('Every node attribute except name, aliases, label, text and docIds (the documents are `documents`, paged).'),
  positions: list(PositionSchema),
  relationCounts: recordOf(count),
  documents: list(DocumentRefSchema).describe(
    'One page (`documentPage`) of the documents naming the entity, by date (undated first), then id; `documentTotal` says how many in all, and `documentOffset`/`documentLimit` ask for the rest.',
  ),
  documentTotal: count.describe('How many documents name the entity in all.'),
  documentPage: page.describe('The page of the documents shown (`documentOffset`, `documentLimit`).'),
});

export const NeighbourhoodSchema = shape({
  center: z.string(),
  depth: count,
  elements: ElementsSchema,
  truncated: z.boolean(),
});
