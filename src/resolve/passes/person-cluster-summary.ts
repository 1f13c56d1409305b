import type { LocalPerson } from '../../domain/index.js';
import type { LocalItem } from '../clusters.js';
import { titlesAgree, type PersonFacts, type TitleSighting } from './person-facts.js';
import { TITLE_WINDOW_DAYS } from './person-window.js';

/** When titles were seen, in windows of the title window (TITLE_WINDOW_DAYS by default), for a constant-time "seen near this date?". */
interface TitleDates {
  undated: boolean;
  /** Seen with some date, even one that is not a real date. */
  dated: boolean;
  /** Window number → earliest and latest day seen in it. */
  readonly windows: Map<number, { min: number; max: number }>;
}

/** What the person rules ask of a whole cluster, kept up to date as the cluster grows. */
export interface PersonClusterSummary {
  /** Members read so far: a cluster's member list only ever grows at its end. */
  seen: number;
  readonly fulls: Set<string>;
  readonly countries: Set<string>;
  /** The first full name in member order, as `members.flatMap((m) => m.fulls)[0]` gives it. */
  firstFull: string | undefined;
  hasInitials: boolean;
  readonly titles: Map<string, TitleDates>;
  /** Organisations of the positions members hold. */
  readonly orgs: Set<string>;
}

/** Day number of an ISO date, NaN when it is not one. */
export function dayOf(date: string): number {
  return Math.floor(Date.parse(date) / 86_400_000);
}

/**
 * Summaries of person clusters, read incrementally: asking again after a union reads only the
 * members added since. The rules used to re-read every member of a cluster at each question,
 * which made one official named in thousands of releases cost the square of that.
 */
export class PersonClusterSummaries {
  private readonly cache = new WeakMap<readonly LocalItem<LocalPerson>[], PersonClusterSummary>();

  constructor(
    private readonly facts: ReadonlyMap<string, PersonFacts>,
    private readonly windowDays: number = TITLE_WINDOW_DAYS,
  ) {}

  of(members: readonly LocalItem<LocalPerson>[]): PersonClusterSummary {
    let summary = this.cache.get(members);
    if (!summary) {
      summary = { seen: 0, fulls: new Set(), countries: new Set(), firstFull: undefined, hasInitials: false, titles: new Map(), orgs: new Set() };
      this.cache.set(members, summary);
    }
    for (; summary.seen < members.length; summary.seen += 1) {
      const f = this.facts.get(members[summary.seen]!.ref)!;
      for (const full of f.fulls) summary.fulls.add(full);
      summary.firstFull ??= f.fulls[0];
      if (f.initialsKeys.length > 0) summary.hasInitials = true;
      if (f.item.entity.country) summary.countries.add(f.item.entity.country);
      for (const sighting of f.titles) {
        addSighting(summary.titles, sighting, this.windowDays);
        if (sighting.org) summary.orgs.add(sighting.org);
      }
    }
    return summary;
  }
}

function addSighting(titles: Map<string, TitleDates>, sighting: TitleSighting, windowDays: number): void {
  let dates = titles.get(sighting.title);
  if (!dates) titles.set(sighting.title, (dates = { undated: false, dated: false, windows: new Map() }));
  if (sighting.date === null) {
    dates.undated = true;
    return;
  }
  dates.dated = true;
  const day = dayOf(sighting.date);
  if (Number.isNaN(day)) return;
  const window = Math.floor(day / windowDays);
  const seen = dates.windows.get(window);
  if (!seen) dates.windows.set(window, { min: day, max: day });
  else {
    seen.min = Math.min(seen.min, day);
    seen.max = Math.max(seen.max, day);
  }
}

/**
 * True when the cluster was seen with a title agreeing with one of `f`'s within `windowDays` of
 * `f`'s date (the window the summaries were made with) (any date when either is undated): the same answer as comparing every sighting.
 */
export function heldTitleNear(summary: PersonClusterSummary, f: PersonFacts, windowDays: number = TITLE_WINDOW_DAYS): boolean {
  const date = f.item.date;
  const day = date === null ? NaN : dayOf(date);
  for (const wanted of f.titles) {
    for (const [title, dates] of summary.titles) {
      if (!titlesAgree(title, wanted.title)) continue;
      if (dates.undated || (date === null && dates.dated)) return true;
      if (Number.isNaN(day)) continue;
      const window = Math.floor(day / windowDays);
      if (dates.windows.has(window)) return true;
      const before = dates.windows.get(window - 1);
      if (before && day - before.max <= windowDays) return true;
      const after = dates.windows.get(window + 1);
      if (after && after.min - day <= windowDays) return true;
    }
  }
  return false;
}
