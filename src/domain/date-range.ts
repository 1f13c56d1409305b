/** An inclusive range of ISO days; either end open. */
export interface DateRange {
  readonly from?: string;
  readonly to?: string;
}

/**
 * Whether [first, last] overlaps the range. Something undated overlaps only an open range, so a
 * date filter shows what is known to fall in it.
 */
export function overlaps(first: string | undefined | null, last: string | undefined | null, range: DateRange): boolean {
  if (!range.from && !range.to) return true;
  const start = first ?? last;
  const end = last ?? first;
  if (!start || !end) return false;
  return (!range.from || end >= range.from) && (!range.to || start <= range.to);
}
