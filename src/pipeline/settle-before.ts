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
 * 100x: that, and not the build's work, was its growth above linear).
 *
 * The write starts with a collection and the same kind of room: 1.6x what is live (at 1000x
 * ~0.73 GB live, so ~1.17 GB, under resolve's peak). Started without one, at 1000x it met four
 * full collections of the whole heap (--trace-gc, load ~15): one of the build's garbage (1.23 ->
 * 0.72 GB), then three more ~30 s apart, each after ~90 MB that scavenges had promoted, since V8
 * set each next limit only ~1.12x over the 0.73 GB live; their incremental marking took 24 s of
 * the write's 220 s, and 100x meets none. The build's garbage has to be collected once anyway;
 * collected before the write, with room for what the write promotes (~0.3 GB at 1000x), it is the
 * only full collection. An earlier forced collection here without the room was followed by
 * another midway.
 */
export const SETTLE_BEFORE: Readonly<Record<PipelineStage, Settle>> = {
  parse: { collect: true },
  dedupe: { collect: true },
  extract: { collect: true },
  resolve: { collect: true },
  build: { collect: true, headroom: 3 },
  snapshot: { collect: true, headroom: 1.6 },
};

/** Settles the process as SETTLE_BEFORE says for `stage`. */
export function settleBefore(stage: PipelineStage): void {
  const settle = SETTLE_BEFORE[stage];
  if (settle.collect) collectGarbage(settle.headroom);
}
