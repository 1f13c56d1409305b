import { z } from 'zod';

/** A country's lists that CSV can give, first the one given when none is named. */
export const COUNTRY_LIST_NAMES = ['timeline', 'meetings', 'agreements', 'officials', 'organizations', 'counterparts', 'events'] as const;

/** The query parameter every list endpoint takes besides its own. */
export const csvFormatQuery = z.object({
  format: z
    .enum(['json', 'csv'])
    .optional()
    .describe(
      '`csv` answers the list as CSV (RFC 4180, UTF-8 with a BOM, one row per item, nested fields as dotted columns, lists joined by "; "), as `Accept: text/csv` does; `json` answers JSON whatever `Accept` says.',
    ),
});

/** Which of a country's lists a CSV answer holds. */
export const countryCsvQuery = z.object({
  list: z.enum(COUNTRY_LIST_NAMES).optional().describe("Which of the country's lists a CSV answer holds (default `timeline`); a JSON answer holds them all."),
});
