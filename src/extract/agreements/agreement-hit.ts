import type { AgreementKind, AgreementStatus } from '../../domain/index.js';

/** An agreement a phrasing found in one sentence, before it is merged with the document's others. */
export interface AgreementHit {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: AgreementKind;
  readonly parties: readonly string[];
  /** Offsets in the sentence. */
  readonly start: number;
  readonly end: number;
  /** The status the phrasing itself gives, before any words beside the name. */
  readonly stated?: AgreementStatus;
}
