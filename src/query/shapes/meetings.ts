import { z } from 'zod';
import { EvidenceSchema } from '../../domain/index.js';
import { count, list, maybeText, page, shape } from './kit.js';
import { NodeSummarySchema } from './node-summary.js';

/** What every meeting answer says of the occasions: the MET edge(s), dates, shared events, sentences. */
const occasions = {
  edgeIds: list(z.string()),
  firstDate: maybeText,
  lastDate: maybeText,
  events: list(NodeSummarySchema),
  evidence: list(EvidenceSchema),
};

export const MeetingSchema = shape({
  person: NodeSummarySchema,
  ...occasions,
}).describe('Every occasion two people met: `person` (the other one), the MET edge(s), the shared events, the sentences.');

export const PersonMeetingsSchema = shape({
  person: NodeSummarySchema,
  meetings: list(MeetingSchema),
  total: count.describe('How many counterparts the person met in all.'),
  page,
});

export const PairMeetingsSchema = shape({
  a: NodeSummarySchema,
  b: NodeSummarySchema,
  meetings: list(MeetingSchema),
}).describe('`meetings` holds at most one entry (b, as seen from a); empty when they never met.');

export const CountryMeetingSchema = shape({
  official: NodeSummarySchema,
  counterpart: NodeSummarySchema,
  ...occasions,
  evidence: list(EvidenceSchema).describe('The first sentences (at most 2); the MET edge (`GET /api/edges/{id}`) gives them all.'),
  evidenceTotal: count.describe('How many sentences the meeting has in all.'),
});
