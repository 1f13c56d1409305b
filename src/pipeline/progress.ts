export type PipelineStage = 'parse' | 'dedupe' | 'extract' | 'resolve' | 'build';

/** Emitted as the pipeline advances; `done` of `total` units of the current stage. */
export interface ProgressEvent {
  readonly stage: PipelineStage;
  readonly done: number;
  readonly total: number;
}

export type ProgressListener = (event: ProgressEvent) => void;
