import type { AgreementHit } from './agreement-hit.js';

/** A hit of one sentence, with what the phrasing that found it says of its standing among the document's others. */
export interface SentenceHit extends AgreementHit {
  /** A bare acronym (`the FTA`): only ever another form of an agreement already found. */
  readonly bare?: boolean;
  /** A head alone (`the Joint Fact Sheet`): another form of the agreement ending so, if there is one. */
  readonly headOnly?: boolean;
  /** `two memoranda of understanding (MOUs)`: a count of MOUs the release may go on to name. */
  readonly counted?: boolean;
  /** `signed 20 MOUs, 16 of them economic`: a count of documents that is no agreement by itself (it may date the MOUs named). */
  readonly tallied?: boolean;
  /** `The CPTPP, which entered into force …`: an acronym an earlier sentence defined, recurring alone. */
  readonly repeat?: boolean;
  /** `signed an MOU`, `issued a joint statement` with no name: known only by its parties (`Korea–Ruritania MOU`) or kind. */
  readonly unnamed?: boolean;
  /** `issued a joint statement`, `In a joint statement, …`: reported, not said to be signed or adopted. */
  readonly reported?: boolean;
}
