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

const { evidence: _sentences, events: _events, ...occasionsUnquoted } = occasions;

export const CountryMeetingSchema = shape({
  official: NodeSummarySchema,
  counterpart: NodeSummarySchema,
  ...occasionsUnquoted,
  eventIds: list(z.string()).describe(
    'The events they met at, by id (`GET /api/entities/{id}`; the timeline gives each day its place, and `GET /api/occasions?country=` one row per occasion with its event): named in full, they made a tenth of a country answer.',
  ),
  evidenceTotal: count.describe(
    'How many sentences the meeting has; a country answer quotes none: the MET edge (`GET /api/edges/{id}` with an id of `edgeIds`) gives them all, and `GET /api/occasions?country=` one row per occasion with its sentences.',
  ),
}).describe('A meeting of one of the country’s officials with someone from elsewhere, its sentences counted, not quoted, its events by id.');
