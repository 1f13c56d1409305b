import { DEFAULT_INPUT_LIMITS, type InputLimits } from './input-limits.js';

/**
 * One name a ministry went by and the dates it was in force: from `from` (inclusive) until
 * `until` (exclusive), ISO dates; null leaves that end open. A release means the name in force
 * on its date.
 */
export interface MinistryName {
  /** `Ministry of Trade, Industry and Energy`. */
  readonly name: string;
  /** `MOTIE`, or null when the ministry has none in English. */
  readonly acronym: string | null;
  readonly from: string | null;
  readonly until: string | null;
}

/**
 * The country whose government issues the releases, and the names of its ministry that issues
 * them, oldest first: its officials' bare titles (`Trade Minister Yeo`) and `the ministry` mean
 * that ministry under the name in force on the release's date; consecutive names are renames.
 */
export interface HomeCountry {
  /** ISO 3166 alpha-2, `KR`. */
  readonly code: string;
  readonly ministry: readonly MinistryName[];
}

/**
 * Korea's trade ministry, the issuer of the project's first corpus: the Ministry of Knowledge
 * Economy from the 2008 reorganisation, Trade, Industry and Energy from 23 March 2013, and Trade,
 * Industry and Resources from 1 October 2025 (energy policy moved to another ministry).
 */
export const KOREA: HomeCountry = Object.freeze({
  code: 'KR',
  ministry: Object.freeze([
    { name: 'Ministry of Knowledge Economy', acronym: 'MKE', from: '2008-02-29', until: '2013-03-23' },
    { name: 'Ministry of Trade, Industry and Energy', acronym: 'MOTIE', from: '2013-03-23', until: '2025-10-01' },
    { name: 'Ministry of Trade, Industry and Resources', acronym: 'MOTIR', from: '2025-10-01', until: null },
  ]),
});

/** The ministry's name in force on `date` (an ISO date), or null when the date is unknown or outside them all. */
export function ministryNameOn(names: readonly MinistryName[], date: string | null): MinistryName | null {
  if (date === null) return null;
  const day = date.slice(0, 10);
  return names.find((n) => (n.from === null || n.from <= day) && (n.until === null || day < n.until)) ?? null;
}

/** Options of extract, defaults beside them. */
export interface ExtractOptions {
  /**
   * ISO code of the country whose government issues the releases: its officials' bare titles
   * (`Trade Minister Yeo`) mean its own ministry. Null: the country each release names most.
   */
  readonly homeCountry: string | null;
  /** The home ministry's names over time (see HomeCountry); `the ministry` in a release means the one in force on its date. */
  readonly homeMinistry: readonly MinistryName[];
  /** Longest token the language model reads and longest sentence the passes see (see InputLimits). */
  readonly limits: Pick<InputLimits, 'maxTokenChars' | 'maxSentenceChars'>;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = Object.freeze({
  homeCountry: KOREA.code,
  homeMinistry: KOREA.ministry,
  limits: DEFAULT_INPUT_LIMITS,
});

/** Thresholds of dedupe on containment of word 5-grams, chosen on the seeds: true copies score 1, the closest distinct articles 0.32. */
export interface DedupeOptions {
  /** Same title and date still need this much shared text, so two generic titles on one day stay apart. */
  readonly sameTitle: number;
  /** Different titles on the same date need this much. */
  readonly nearDuplicate: number;
  /** A body needs at least this many shingles to be matched on text alone (a fragment of a few dozen words is mostly boilerplate and too easily contained). */
  readonly minShingles: number;
}

export const DEFAULT_DEDUPE_OPTIONS: DedupeOptions = Object.freeze({ sameTitle: 0.5, nearDuplicate: 0.8, minShingles: 25 });

/** Options of resolve, defaults beside them. */
export interface ResolveOptions {
  /** How far from a document's date a title sighting still identifies its holder (`Minister Kim` ~ the Kim seen as minister). */
  readonly titleWindowDays: number;
  /** Share of content words two agreements of one kind and parties need in common to be one. */
  readonly agreementNameOverlap: number;
  /** Share of content words two events on one day need in common to be one occasion. */
  readonly eventNameOverlap: number;
  /** The home ministry's names over time: each change is a RENAMED_TO between the bodies, not a merge. */
  readonly homeMinistry: readonly MinistryName[];
}

export const DEFAULT_RESOLVE_OPTIONS: ResolveOptions = Object.freeze({
  titleWindowDays: 365,
  agreementNameOverlap: 0.5,
  eventNameOverlap: 0.5,
  homeMinistry: KOREA.ministry,
});

/**
 * Every option of the stages that changes the graph: what AppConfig carries, a config file sets
 * and a snapshot records. The home country feeds extract and resolve (its ministry's names).
 */
export interface StageOptions {
  /** Null: each release's home is the country it names most, and no ministry is assumed. */
  readonly homeCountry: HomeCountry | null;
  readonly dedupe: DedupeOptions;
  readonly resolve: Omit<ResolveOptions, 'homeMinistry'>;
}

export const DEFAULT_STAGE_OPTIONS: StageOptions = Object.freeze({
  homeCountry: KOREA,
  dedupe: DEFAULT_DEDUPE_OPTIONS,
  resolve: Object.freeze({
    titleWindowDays: DEFAULT_RESOLVE_OPTIONS.titleWindowDays,
    agreementNameOverlap: DEFAULT_RESOLVE_OPTIONS.agreementNameOverlap,
    eventNameOverlap: DEFAULT_RESOLVE_OPTIONS.eventNameOverlap,
  }),
});

/** What extract takes from the stage options. */
export function extractOptionsOf(stages: StageOptions, limits: ExtractOptions['limits'] = DEFAULT_INPUT_LIMITS): ExtractOptions {
  return { homeCountry: stages.homeCountry?.code ?? null, homeMinistry: stages.homeCountry?.ministry ?? [], limits };
}

/** What resolve takes from the stage options. */
export function resolveOptionsOf(stages: StageOptions): ResolveOptions {
  return { ...stages.resolve, homeMinistry: stages.homeCountry?.ministry ?? [] };
}
