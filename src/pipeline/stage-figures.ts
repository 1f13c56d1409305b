import { getHeapStatistics } from 'node:v8';
import type { PipelineStage } from './progress.js';
import { settleBefore } from './settle-before.js';

/**
 * What one stage cost, as `tradegraph build --json` reports it under `stages` (the bench relies
 * on this shape). `items` is the units the stage consumed: records for parse and dedupe, documents
 * for extract and resolve, entities plus relations for build, nodes plus edges for snapshot.
 * `cpuMs` is user + system time of the whole process, worker threads included; `peakRssBytes` is
 * the process's peak resident set size so far, read when the stage ends. The heap figures say what
 * the peak is made of: `settleCpuMs` is the part of `cpuMs` spent collecting before the stage (see
 * StageProbes.settle), `liveHeapBytes` the V8 heap in use once that collection is done (what the
 * stages before left alive; for a stage that starts without one, the heap in use as it starts), `heapUsedBytes` the heap in use as the stage ends (live plus garbage
 * not yet collected). A forced collection costs about the live heap, so these are the figures to
 * read when a stage grows faster than its work.
 */
export interface StageFigures {
  readonly stage: PipelineStage;
  readonly items: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssBytes: number;
  readonly settleCpuMs: number;
  readonly liveHeapBytes: number;
  readonly heapUsedBytes: number;
}

/** Where the meter reads time and memory; injectable so tests need no real clock. */
export interface StageProbes {
  readonly wallMs: () => number;
  readonly cpuMicros: () => number;
  readonly peakRssBytes: () => number;
  /** Bytes of the JavaScript heap in use now, live or not yet collected; 0 when not measured. */
  readonly heapUsedBytes?: () => number;
  /**
   * Called as `stage` starts: collects what the stages before it let go, so the stage's peak is
   * its own (see settleBefore). Its cost is counted in the stage it makes room for: the collection
   * is there for that stage's peak, and without it V8 would collect during that stage.
   */
  readonly settle?: (stage: PipelineStage) => void;
}

export const PROCESS_PROBES: StageProbes = {
  wallMs: () => performance.now(),
  cpuMicros: () => {
    const { user, system } = process.cpuUsage();
    return user + system;
  },
  // maxRSS is in kilobytes.
  peakRssBytes: () => process.resourceUsage().maxRSS * 1024,
  heapUsedBytes: () => getHeapStatistics().used_heap_size,
  settle: settleBefore,
};

/** Measures stages one after another and keeps their figures in the order they ran. */
export class StageMeter {
  private readonly figures: StageFigures[] = [];

  constructor(private readonly probes: StageProbes = PROCESS_PROBES) {}

  /** Runs one stage and records its figures; `items` counts the units it consumed. */
  async measure<T>(stage: PipelineStage, items: number | ((result: T) => number), run: () => T | Promise<T>): Promise<T> {
    const wall = this.probes.wallMs();
    const cpu = this.probes.cpuMicros();
    this.probes.settle?.(stage);
    const settleCpuMs = round((this.probes.cpuMicros() - cpu) / 1000);
    const heapUsed = this.probes.heapUsedBytes ?? (() => 0);
    const liveHeapBytes = heapUsed();
    const result = await run();
    this.figures.push({
      stage,
      items: typeof items === 'number' ? items : items(result),
      wallMs: round(this.probes.wallMs() - wall),
      cpuMs: round((this.probes.cpuMicros() - cpu) / 1000),
      peakRssBytes: this.probes.peakRssBytes(),
      settleCpuMs,
      liveHeapBytes,
      heapUsedBytes: heapUsed(),
    });
    return result;
  }

  /** Every stage measured so far, in the order they ran. */
  stages(): readonly StageFigures[] {
    return [...this.figures];
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
