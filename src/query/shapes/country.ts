import { z } from 'zod';
import { AgreementSummarySchema } from './agreements.js';
import { ElementsSchema } from './elements.js';
import { count, list, maybeText, page, recordOf, shape } from './kit.js';
import { CountryMeetingSchema } from './meetings.js';
import { NodeSummarySchema } from './node-summary.js';

export const TimelineEntrySchema = shape({
  date: maybeText,
  kind: z.enum(['meeting', 'agreement', 'event']),
  summary: z.string(),
  entityIds: list(z.string()),
  edgeId: z.string().optional(),
});

const { signatories: _signatories, ...agreementFields } = AgreementSummarySchema.unwrap().shape;

export const CountryAgreementSchema = shape({
  ...agreementFields,
  signatoryTotal: count.describe('How many people signed or negotiated it; `GET /api/agreements/{id}` names them.'),
}).describe(
  'An agreement the country is party to, its signatories counted, not listed: a hub’s agreements gather dozens each, which made a third of a country answer and which the panel does not show.',
);

export const CountryTotalsSchema = shape({
  officials: count,
  organizations: count,
  meetings: count,
  counterparts: count,
  agreements: count,
  events: count,
  timeline: count,
});

export const CountryProfileSchema = shape({
  country: NodeSummarySchema,
  officials: list(NodeSummarySchema),
  organizations: list(NodeSummarySchema),
  meetings: list(CountryMeetingSchema),
  counterparts: list(NodeSummarySchema).describe('People from other countries (mostly Korean) its officials met.'),
  agreements: list(CountryAgreementSchema),
  agreementsByKind: recordOf(recordOf(count)).describe('kind → status → count'),
  events: list(NodeSummarySchema),
  timeline: list(TimelineEntrySchema),
  totals: CountryTotalsSchema.describe('How many items each list has in all.'),
  page,
}).describe(
  'Every list holds the same page (`offset`, `limit`) of its items; `totals` says how many each has in all. `GET /api/countries/{code}/graph` with the same page draws them (CountryGraph).',
);

export const CountryGraphSchema = shape({
  center: z.string().describe('The country’s node id (`country:KR`).'),
  elements: ElementsSchema.describe(
    'The country and what the same page of its lists shows (officials, organisations, counterparts, agreements, events), with every relation between them: Cytoscape.js elements as elsewhere, but node data without `aliases` (GET /api/entities/{id} has them).',
  ),
  page,
}).describe('The drawing of one page of a country’s lists: `GET /api/countries/{code}` with the same page lists what it draws.');
