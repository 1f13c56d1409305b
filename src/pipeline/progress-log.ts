import type { PipelineStage, ProgressListener } from './progress.js';

/** Options of progressLog, defaults beside them. */
export interface ProgressLogOptions {
  /** Where each line goes (the CLI writes to stderr). */
  readonly write: (line: string) => void;
  /** Milliseconds between two lines about the same stage. */
  readonly intervalMs: number;
  /** Clock in milliseconds; injected so tests need no waiting. */
  readonly now: () => number;
}

export const DEFAULT_PROGRESS_LOG: Omit<ProgressLogOptions, 'write'> = { intervalMs: 5_000, now: () => performance.now() };

/**
 * Progress as plain lines, for logs and pipes where a bar would be noise: one when a stage
 * starts, one every `intervalMs` while it runs, and one when it ends with the time it took.
 * `tradegraph: extract 1200/4400 (27%)` … `tradegraph: extract done, 4400 in 12.3 s`.
 */
export function progressLog(options: Pick<ProgressLogOptions, 'write'> & Partial<ProgressLogOptions>): ProgressListener {
  const { write, intervalMs, now } = { ...DEFAULT_PROGRESS_LOG, ...options };
  let stage: PipelineStage | null = null;
  let startedAt = 0;
  let lastLine = 0;
  let ended = false;
  return (event) => {
    const at = now();
    if (event.stage !== stage) {
      stage = event.stage;
      startedAt = at;
      lastLine = at;
      ended = false;
      write(`tradegraph: ${stage} started (${event.total} to do)`);
    }
    if (ended) return;
    if (event.done >= event.total) {
      ended = true;
      write(`tradegraph: ${stage} done, ${event.total} in ${((at - startedAt) / 1000).toFixed(1)} s`);
    } else if (at - lastLine >= intervalMs) {
      lastLine = at;
      const percent = event.total > 0 ? Math.floor((100 * event.done) / event.total) : 0;
      write(`tradegraph: ${stage} ${event.done}/${event.total} (${percent}%)${event.step ? ` ${event.step}` : ''}`);
    }
  };
}
