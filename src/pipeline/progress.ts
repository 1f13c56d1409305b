/** The stages in the order they run; `snapshot` is writing the embedded store's file. */
export const PIPELINE_STAGES = ['parse', 'dedupe', 'extract', 'resolve', 'build', 'snapshot'] as const;

export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/**
 * Emitted as the pipeline advances: `done` of `total` units of the current stage. Every stage
 * emits `done: 0` when it starts and `done === total` when it ends; `step` names the part running
 * inside a stage made of parts (resolve's passes: `persons`, `events`, …).
 */
export interface ProgressEvent {
  readonly stage: PipelineStage;
  readonly done: number;
  readonly total: number;
  readonly step?: string;
}

export type ProgressListener = (event: ProgressEvent) => void;
