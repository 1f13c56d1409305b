import { z } from 'zod';
import { EvidenceSchema } from '../../domain/index.js';
import { count, list, maybeText, page, shape } from './kit.js';
import { NodeSummarySchema } from './node-summary.js';

const ParticipantSchema = shape({
  id: z.string(),
  name: z.string(),
  country: maybeText.describe('ISO alpha-2 of the person’s country (their `country`, else a country they represent); null when unknown.'),
});

export const OccasionSchema = shape({
  date: maybeText.describe('The day of the meeting: the date of the pair’s event that a release names, on or before the release date (the nearest), else the release date; null for a meeting no sentence dates.'),
  event: maybeText.describe('The event of the occasion nearest the day (on or before it first); null when the graph names none.'),
  place: maybeText.describe('Where: the location of the nearest event that has one.'),
  placeCountry: maybeText.describe('ISO alpha-2 of the country of that event, when known.'),
  a: ParticipantSchema.describe('The person asked for (`person`), else the participant whose name sorts first.'),
  b: ParticipantSchema,
  events: list(NodeSummarySchema).describe('The events of the MET edge that a release of that day names (all of them when the edge makes one row), by date then id.'),
  evidence: list(EvidenceSchema).describe('The sentences of the releases that report this occasion (every sentence for an undated row).'),
  docIds: list(z.string()).describe('The releases of those sentences.'),
  edgeId: z.string().describe('The MET edge: `GET /api/edges/{id}` gives all its sentences.'),
}).describe('One meeting occasion: a pair of people (a MET edge) on one day its evidence gives.');

export const OccasionListSchema = shape({
  occasions: list(OccasionSchema),
  total: count.describe('How many occasions match in all.'),
  page,
}).describe(
  '`occasions` holds one page (`offset`, `limit`) of the `total` that match, by date (undated last), then the participants’ names. An edge with dated sentences has one row per distinct meeting day; its undated sentences make no row of their own.',
);
