/** One end of a date as written: any part the text leaves out is null (`on the 18th` has a day only). */
export interface DatePoint {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** Sunday 0 … Saturday 6, when the text names the weekday (`Tuesday, November 18`). */
  readonly weekday: number | null;
  /** The year as counted from the release's: `March 5 last year` -1, `this year` 0, `next year` 1. */
  readonly yearOffset: number | null;
}

/**
 * A date or date range found in a sentence, e.g. `from Monday, December 1, to Thursday, December 4`
 * or `today`. Offsets are into the string searched, `end` exclusive.
 */
export interface DateExpression {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly from: DatePoint;
  /** The last day of a range (`November 18–20`), or null for a single day. */
  readonly to: DatePoint | null;
  /** Days after the release date, for `today` (0), `yesterday` (-1) and `tomorrow` (1). */
  readonly relativeDays: number | null;
}
