import { collectGarbage } from './collect-garbage.js';
import type { PipelineStage } from './progress.js';

/**
 * What happens before a stage runs: a full collection or none, and how far the heap may then grow
 * (a multiple of what is live) before V8 collects again; V8 chooses when `headroom` is absent.
 */
export interface Settle {
  readonly collect: boolean;
  readonly headroom?: number;
}

/**
 * The settle before each stage (see collectGarbage). Every stage up to the build starts with a
 * collection: what the stages before let go (parse's records, dedupe's shingles, the extractions,
 * resolution's ~1 GB of garbage at 1000x) would otherwise sit under its peak, and resolve sets the
 * process's peak (at 1000x its heap reaches 1.57 GB with 0.49 GB live).
 *
 * After that peak the build and the write need no more memory than resolve already took, so they
 * are let use it instead of paying for collections of the whole heap: the build may grow to 3x
 * what is live after its collection (at 1000x 1.47 GB, under resolve's 1.57; it uses ~1.07), so
 * it meets no second full collection midway (V8's own limit, ~2x, made one at 1000x and none at
 * 100x: that, and not the build's work, was its growth above linear). The write starts without a
 * collection: the build's garbage (its input, the resolved corpus, and its own scratch, ~0.4 GB at
 * 1000x over 0.7 GB live) stays under the same limit with the write's ~0.3 GB on top, where a
 * forced collection before it cost 1.6-2.9 s of CPU at 1000x and V8 then collected again midway.
 */
export const SETTLE_BEFORE: Readonly<Record<PipelineStage, Settle>> = {
  parse: { collect: true },
  dedupe: { collect: true },
  extract: { collect: true },
  resolve: { collect: true },
  build: { collect: true, headroom: 3 },
  snapshot: { collect: false },
};

/** Settles the process as SETTLE_BEFORE says for `stage`. */
export function settleBefore(stage: PipelineStage): void {
  const settle = SETTLE_BEFORE[stage];
  if (settle.collect) collectGarbage(settle.headroom);
}
