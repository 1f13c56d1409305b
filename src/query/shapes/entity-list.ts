import { z } from 'zod';
import { count, list, maybeText, page, shape } from './kit.js';
import { NodeLabelSchema } from './node-summary.js';

export const EntityListItemSchema = shape({
  id: z.string(),
  label: NodeLabelSchema,
  name: z.string(),
  aliases: list(z.string()),
  kind: maybeText,
  country: maybeText.describe('ISO alpha-2.'),
  firstSeen: maybeText.describe('Date of the first release that mentions it.'),
  lastSeen: maybeText.describe('Date of the last release that mentions it.'),
  docCount: count.describe('How many releases mention it.'),
}).describe('One row of an entity list.');

export const EntityListSchema = shape({
  entities: list(EntityListItemSchema),
  total: count.describe('How many entities match in all.'),
  page,
}).describe('`entities` holds one page (`offset`, `limit`) of the `total` that match, sorted by name (case and accents aside), then id.');
