import { collectGarbage } from './collect-garbage.js';
import type { PipelineStage } from './progress.js';

/**
 * What one stage cost, as `tradegraph build --json` reports it under `stages` (the bench relies
 * on this shape). `items` is the units the stage consumed: records for parse and dedupe, documents
 * for extract and resolve, entities plus relations for build, nodes plus edges for snapshot.
 * `cpuMs` is user + system time of the whole process, worker threads included; `peakRssBytes` is
 * the process's peak resident set size so far, read when the stage ends.
 */
export interface StageFigures {
  readonly stage: PipelineStage;
  readonly items: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssBytes: number;
}

/** Where the meter reads time and memory; injectable so tests need no real clock. */
export interface StageProbes {
  readonly wallMs: () => number;
  readonly cpuMicros: () => number;
  readonly peakRssBytes: () => number;
  /**
   * Called as a stage starts: collects what the stages before it let go, so the stage's peak is
   * its own (see collectGarbage). Its cost is counted in the stage it makes room for.
   */
  readonly settle?: () => void;
}

export const PROCESS_PROBES: StageProbes = {
  wallMs: () => performance.now(),
  cpuMicros: () => {
    const { user, system } = process.cpuUsage();
    return user + system;
  },
  // maxRSS is in kilobytes.
  peakRssBytes: () => process.resourceUsage().maxRSS * 1024,
  settle: collectGarbage,
};

/** Measures stages one after another and keeps their figures in the order they ran. */
export class StageMeter {
  private readonly figures: StageFigures[] = [];

  constructor(private readonly probes: StageProbes = PROCESS_PROBES) {}

  /** Runs one stage and records its figures; `items` counts the units it consumed. */
  async measure<T>(stage: PipelineStage, items: number | ((result: T) => number), run: () => T | Promise<T>): Promise<T> {
    const wall = this.probes.wallMs();
    const cpu = this.probes.cpuMicros();
    this.probes.settle?.();
    const result = await run();
    this.figures.push({
      stage,
      items: typeof items === 'number' ? items : items(result),
      wallMs: round(this.probes.wallMs() - wall),
      cpuMs: round((this.probes.cpuMicros() - cpu) / 1000),
      peakRssBytes: this.probes.peakRssBytes(),
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
