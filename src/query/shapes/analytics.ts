import { z } from 'zod';
import { count, list, maybeText, shape } from './kit.js';
import { NodeSummarySchema } from './node-summary.js';

const by = z.enum(['quarter', 'year']).describe('How dates are bucketed: `2024-Q1` by quarter, `2024` by year.');
const periods = list(z.string()).describe('Every bucket from the first dated item to the last, none skipped: a chart axis.');
const undated = count.describe('Items with no date, counted in the totals but in no bucket.');

// Columns aligned with `periods`, not one object per period: the table has a cell for every country
// and period, and repeating `period`, `meetings` and `agreements` in each cell made most of its bytes.
export const CountrySeriesSchema = shape({
  meetings: list(count).describe('Meetings in each period of `periods`, in order.'),
  agreements: list(count).describe('Agreements in each period of `periods`, in order.'),
});

export const CountryActivityRowSchema = shape({
  country: NodeSummarySchema,
  meetings: count.describe('Meeting occasions (a pair of people on one day) involving an official of the country.'),
  agreements: count.describe('Agreements the country is party to.'),
  undated,
  series: CountrySeriesSchema.describe('Counts per period, each list as long as `periods` and in its order (zeros included).'),
});

export const CountriesAnalyticsSchema = shape({
  by,
  periods,
  countries: list(CountryActivityRowSchema).describe('Countries with any meeting or agreement, most active first (meetings + agreements), then by id.'),
}).describe('Meetings and agreements per country per period: each MET edge counts once per distinct day its evidence gives; an agreement on its date, else first seen.');

export const CounterpartSchema = shape({
  person: NodeSummarySchema,
  meetings: count.describe('Distinct days the two met (one for a meeting no sentence dates).'),
  firstDate: maybeText,
  lastDate: maybeText,
  edgeIds: list(z.string()),
});

export const CounterpartsSchema = shape({
  person: NodeSummarySchema,
  total: count.describe('How many people the person met, in all.'),
  counterparts: list(CounterpartSchema).describe('Most meetings first, then the latest, then by id.'),
}).describe("An official's most frequent counterparts, from their MET edges' evidence days.");

export const ActivityPeriodSchema = shape({ period: z.string(), meetings: count, agreements: count, mentions: count });

export const CountryActivitySchema = shape({
  country: NodeSummarySchema,
  by,
  periods,
  series: list(ActivityPeriodSchema).describe('One entry per period of `periods`, in order.'),
  totals: shape({ meetings: count, agreements: count, mentions: count, undated }),
}).describe("A country's activity over time: meeting occasions of its officials, agreements it is party to, documents that mention it.");
