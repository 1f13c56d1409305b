import type { Mention } from '../domain/index.js';

/**
 * A named person found in one document, before assembly into a LocalPerson: the passes that link
 * people to events and posts read this shape.
 */
export interface PersonFinding {
  /** Unique within the document, e.g. `p1`. */
  readonly localId: string;
  /** The fullest form the text gives, e.g. `Yeo Han-koo`. */
  readonly name: string;
  /** Every span naming this person, in text order, including `Minister Yeo` style references. */
  readonly mentions: readonly Mention[];
}
