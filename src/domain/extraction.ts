import type { Evidence } from './evidence.js';
import type {
  AgreementKind,
  AgreementStatus,
  EntityLabel,
  EventKind,
  OrganizationKind,
  RelationshipType,
} from './labels.js';

/** One span of text that names an entity, e.g. `Trade Minister Yeo` in sentence 3. */
export interface Mention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
}

/** A position as the text states it: `Director General for Trade and Investment` at an organisation. */
export interface PositionClaim {
  readonly title: string;
  /** localId of the Organization entity, or null when the text names no organisation. */
  readonly orgLocalId: string | null;
}

interface LocalEntityBase {
  /** Unique within the document, e.g. `p1`, `o3`, `c:KR`. */
  readonly localId: string;
  readonly label: EntityLabel;
  /** The fullest form the text gives. */
  readonly name: string;
  /** Other forms in this document that refer to the same entity (acronyms, `Minister Kim`). */
  readonly aliases: readonly string[];
  readonly mentions: readonly Mention[];
}

export interface LocalPerson extends LocalEntityBase {
  readonly label: 'Person';
  readonly positions: readonly PositionClaim[];
  /** ISO alpha-2 of the country the person represents, when the text says. */
  readonly country: string | null;
  /** Honorifics and titles seen before the name (`Minister`, `Crown Princess`). */
  readonly titles: readonly string[];
}

export interface LocalOrganization extends LocalEntityBase {
  readonly label: 'Organization';
  readonly kind: OrganizationKind;
  readonly acronym: string | null;
  readonly country: string | null;
}

export interface LocalCountry extends LocalEntityBase {
  readonly label: 'Country';
  /** ISO 3166-1 alpha-2, `EU` for the European Union. */
  readonly code: string;
}

export interface LocalAgreement extends LocalEntityBase {
  readonly label: 'Agreement';
  readonly kind: AgreementKind;
  readonly status: AgreementStatus;
  /** ISO codes of the party countries. */
  readonly parties: readonly string[];
  /** ISO date the text says it was signed or entered into force, when it gives a day. */
  readonly date?: string | null;
}

export interface LocalEvent extends LocalEntityBase {
  readonly label: 'Event';
  readonly kind: EventKind;
  /** ISO date of the event (first day of a range). */
  readonly date: string | null;
  readonly endDate: string | null;
  readonly location: string | null;
  /** ISO alpha-2 of where it was held, when known. */
  readonly country: string | null;
}

export type LocalEntity = LocalPerson | LocalOrganization | LocalCountry | LocalAgreement | LocalEvent;

/** A relation stated by one document, between two of its local entities. */
export interface LocalRelation {
  readonly type: Exclude<RelationshipType, 'MENTIONS' | 'RENAMED_TO'>;
  readonly from: string;
  readonly to: string;
  /** Type-specific details: `title` for HOLDS_POSITION, `role` for ATTENDED, `status` for PARTY_TO. */
  readonly props: Readonly<Record<string, string>>;
  readonly evidence: Evidence;
}

/** Everything extracted from one Document. */
export interface Extraction {
  readonly docId: string;
  readonly date: string | null;
  readonly entities: readonly LocalEntity[];
  readonly relations: readonly LocalRelation[];
}
