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
  /** Offsets into the sentence, `end` exclusive. */
  readonly start: number;
  readonly end: number;
}
