import { z } from 'zod';
import { count, list, maybeText, page, shape } from './kit.js';
import { NodeSummarySchema } from './node-summary.js';

export const AgreementSummarySchema = shape({
  id: z.string(),
  name: z.string(),
  kind: maybeText,
  status: maybeText,
  parties: list(z.string()),
  date: maybeText,
  firstSeen: maybeText,
  lastSeen: maybeText,
  signatories: list(NodeSummarySchema),
});

export const AgreementListSchema = shape({
  agreements: list(AgreementSummarySchema),
  total: count.describe('How many agreements match the filter in all.'),
  page,
}).describe('`agreements` holds one page (`offset`, `limit`) of the `total` that match.');
