import type { DatePoint } from '../dates/index.js';

/** Where a title and a body sit around one mention of a person, for the positions pass. */
export interface TitleContext {
  /** The title as written, `Director General for Trade and Investment`. */
  readonly title: string;
  /** Offsets of the title's text (evidence). */
  readonly start: number;
  readonly end: number;
  /** Offsets of an organisation named in the same phrase (`of the Ministry …`, `(MOTIR, …`), if any. */
  readonly orgAt: { readonly start: number; readonly end: number } | null;
  /** Start offsets of country names qualifying the title (`Kazakh`, `the UAE`, `of Malaysia`). */
  readonly countryAt: readonly number[];
  /**
   * For an earlier post (`signed on August 1, 2012 by then Minister for Trade X`): the date its
   * sentence gives, as written (the year may be counted from the release's: `last year`).
   */
  readonly heldIn?: DatePoint;
}

/** A span that names a person, and how it does so. */
export interface PersonCandidate {
  /**
   * `full`: a whole name (`Ahn Bo-ram`); `short`: a title and one name word (`Minister Ahn`);
   * `initials`: `JA Seo`, `JA (Ji-An) Seo`; `royal`: a royal title and one given name
   * (`Crown Princess Victoria`, `Prince Faisal`), a person of its own unless a fuller name starts with it.
   */
  readonly form: 'full' | 'short' | 'initials' | 'royal';
  /** The name part: `Ahn Bo-ram`, `Yeo` for `Minister Ahn`, `Crown Princess Mary`. */
  readonly name: string;
  /** The whole span, title included for `short` forms: `Trade Minister Seo`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  /** Titles written before the name. */
  readonly titles: readonly string[];
  readonly contexts: readonly TitleContext[];
}
