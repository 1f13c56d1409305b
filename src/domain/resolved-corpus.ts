import type { Evidence } from './evidence.js';
import type { EntityFacts } from './graph.js';
import type { EntityLabel, RelationshipType } from './labels.js';

/** One span of one document that names a resolved entity. */
export interface ResolvedMention {
  readonly docId: string;
  /** The local entity (within docId) the extractor attached this span to. */
  readonly localId: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  /** The document's release date. */
  readonly date: string | null;
  /** The sentence the span sits in and where that sentence starts in the body. */
  readonly sentence: string;
  readonly sentenceStart: number;
}

/** Why two groups of mentions were judged to be one entity. */
export type MergeRule =
  | 'same-code'
  | 'same-name'
  | 'initials'
  | 'shared-alias'
  | 'title-at-date'
  | 'same-acronym'
  | 'same-agreement'
  | 'same-event';

/** One merge decision: the local entities it joined and the rule that joined them. */
export interface MergeReason {
  readonly rule: MergeRule;
  /** `docId/localId` of the two local entities the rule compared. */
  readonly left: string;
  readonly right: string;
  /** Human-readable detail, e.g. `initials J.K. of "Kim Jung-kwan" match "JK Kim"`. */
  readonly detail: string;
}

/** A decision not to merge that a reader might otherwise expect, e.g. an ambiguous `Minister Kim`. */
export interface KeptApart {
  readonly local: string;
  readonly detail: string;
}

/** What one document says of an agreement: its status there, and the day it gives (signed or in force on). */
export interface AgreementStatement {
  readonly status: string;
  readonly date?: string;
}

/** One real-world thing, with every mention and merge decision behind it. */
export interface ResolvedEntity extends EntityFacts<EntityLabel> {
  /** Global node key, e.g. `person:kim-jung-kwan`, `country:KR`. */
  readonly key: string;
  /** `docId/localId` of every local entity folded into this one, sorted. */
  readonly locals: readonly string[];
  /** Sorted by (date, docId, start). */
  readonly mentions: readonly ResolvedMention[];
  readonly merges: readonly MergeReason[];
  readonly keptApart: readonly KeptApart[];
  /** Documents that mention the entity, sorted, and their first and last dates. */
  readonly docIds: readonly string[];
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  /**
   * Agreements: each document's own statement, by docId. The node keeps only the latest status;
   * the MENTIONS edge from each document keeps its own, so a lifecycle can be read back in order.
   */
  readonly statedIn?: Readonly<Record<string, AgreementStatement>>;
}

/** A relation between resolved entities, gathered over every document that states it. */
export interface ResolvedRelation {
  readonly type: Exclude<RelationshipType, 'MENTIONS'>;
  readonly from: string;
  readonly to: string;
  /** Separates parallel relations: the title slug of HOLDS_POSITION; empty otherwise. */
  readonly qualifier: string;
  /** Details from the latest document that gives them (`title`, `role`, `status`, RENAMED_TO `date`). */
  readonly props: Readonly<Record<string, string>>;
  /** Sorted by (date, docId, start), de-duplicated. */
  readonly evidence: readonly Evidence[];
}

/** The whole corpus after resolution: what build/ turns into a graph and explain/ reads. */
export interface ResolvedCorpus {
  /** Sorted by key. */
  readonly entities: readonly ResolvedEntity[];
  /** Sorted by (type, from, to, qualifier). */
  readonly relations: readonly ResolvedRelation[];
  /** `docId/localId` → global key. */
  readonly keyOf: Readonly<Record<string, string>>;
}

/** `docId/localId`, the handle of one local entity. */
export function localRef(docId: string, localId: string): string {
  return `${docId}/${localId}`;
}

/** The evidence a mention gives: its span and sentence, without the local entity it named. */
export function toEvidence(mention: ResolvedMention): Evidence {
  return {
    docId: mention.docId,
    date: mention.date,
    sentence: mention.sentence,
    sentenceStart: mention.sentenceStart,
    start: mention.start,
    end: mention.end,
  };
}
