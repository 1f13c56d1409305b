import { SingleBar, Presets } from 'cli-progress';
import type { ProgressListener } from '../pipeline/index.js';

/**
 * A progress bar on stderr when it is a terminal; silent otherwise, so pipes and --json output
 * stay clean. Returns the listener and a function that closes the bar.
 */
export function terminalProgress(enabled: boolean): { onProgress: ProgressListener | undefined; stop: () => void } {
  if (!enabled || !process.stderr.isTTY) return { onProgress: undefined, stop: () => undefined };
  const bar = new SingleBar({ stream: process.stderr, format: ' {stage} [{bar}] {value}/{total}', hideCursor: true }, Presets.shades_classic);
  let stage = '';
  return {
    onProgress: (event) => {
      if (event.stage !== stage) {
        stage = event.stage;
        bar.stop();
        bar.start(Math.max(event.total, 1), event.done, { stage: stage.padEnd(7) });
      } else {
        bar.update(event.done);
      }
    },
    stop: () => bar.stop(),
  };
}
