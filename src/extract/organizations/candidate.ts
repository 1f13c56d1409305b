import type { OrganizationKind } from '../../domain/index.js';

/** An organisation name found in one sentence, before the document's candidates are merged. */
export interface OrgCandidate {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  readonly kind: OrganizationKind;
  /** Set when the text defines it: `Korea Software Industry Association (KOSA)`. */
  readonly acronym: string | null;
}
