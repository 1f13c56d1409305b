import type { Mention, OrganizationKind } from '../domain/index.js';

/**
 * A named person found in one document, before assembly into a LocalPerson: the passes that link
 * people to events and posts read this shape.
 */
export interface PersonFinding {
  /** Unique within the document, e.g. `p1`. */
  readonly localId: string;
  /** The fullest form the text gives, e.g. `Ahn Bo-ram`. */
  readonly name: string;
  /** Every span naming this person, in text order, including `Minister Ahn` style references. */
  readonly mentions: readonly Mention[];
}

/** A named body found in one document: `Korea Software Industry Association`, alias `KOSA`. */
export interface OrganizationFinding {
  /** Unique within the document, e.g. `o1`. */
  readonly localId: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly acronym: string | null;
  readonly kind: OrganizationKind;
  /** ISO alpha-2 of the country the body belongs to, when the text says. */
  readonly country: string | null;
  readonly mentions: readonly Mention[];
}
