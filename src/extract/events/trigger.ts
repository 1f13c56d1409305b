import type { EventKind } from '../../domain/index.js';

/** What one sentence says about an occasion, before occasions are merged across sentences. */
export interface Trigger {
  readonly name: string | null;
  readonly head: string;
  readonly kind: EventKind;
  readonly definite: boolean;
  /** The sentence reports the occasion taking place (`held`, `met`, a date), not just naming it. */
  readonly reported: boolean;
  /**
   * The occasion is with someone the sentence names (`met Minister X`, `held talks with X`): a
   * later such clause is a meeting of its own, not more of the last one.
   */
  readonly counterpart: boolean;
  /**
   * `summit talks between A and B`: where the people of this occasion are listed (offsets into the
   * sentence); they are its participants, and no other occasion's in that sentence. Null for most.
   */
  readonly between?: { readonly start: number; readonly end: number } | null;
  /**
   * Told in passing in a clause of its own (`…, as A and B had agreed at their summit in
   * January`): an occasion of its own that the sentences after it do not go on about.
   */
  readonly aside?: boolean;
  /** Offsets into the sentence, `end` exclusive. */
  readonly start: number;
  readonly end: number;
}
